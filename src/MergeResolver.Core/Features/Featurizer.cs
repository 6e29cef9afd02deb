using System.Collections.Immutable;
using MergeResolver.Diff;
using MergeResolver.Ranking;

namespace MergeResolver.Features;

/// <summary>
/// Turns a conflict hunk into model inputs, MergeBERT's way: each side aligned with the base, piece by
/// piece, with an edit kind per position, between the lines before and after the hunk. A sequence is
/// <c>[CLS] context-before [SEP] aligned side [SEP] context-after</c>, cut to <see cref="MaxLength"/>
/// with the conflict kept in the middle. Training and inference both featurize here, so they cannot drift.
/// </summary>
public sealed class Featurizer(Vocabulary vocabulary, int maxLength = Featurizer.DefaultMaxLength)
{
    /// <summary>The sequence length the shipped model reads.</summary>
    public const int DefaultMaxLength = 128;

    /// <summary>The longest sequence produced.</summary>
    public int MaxLength { get; } = maxLength >= 8 ? maxLength : throw new ArgumentOutOfRangeException(nameof(maxLength));

    /// <summary>The features of a hunk as the resolver extracted it, with the lines around it.</summary>
    public ConflictFeatures Featurize(ConflictHunk hunk) => Featurize(hunk.Before, hunk.Ours, hunk.Base, hunk.Theirs, hunk.After);

    /// <summary>The features of one hunk; <paramref name="before"/> and <paramref name="after"/> are the lines around it.</summary>
    public ConflictFeatures Featurize(
        IReadOnlyList<string> before, IReadOnlyList<string> ours, IReadOnlyList<string> @base, IReadOnlyList<string> theirs, IReadOnlyList<string> after)
    {
        var basePieces = Ids(string.Concat(@base));
        var contextBefore = Ids(string.Concat(before));
        var contextAfter = Ids(string.Concat(after));
        var (oursTokens, oursEdits) = Frame(contextBefore, Align(Ids(string.Concat(ours)), basePieces), contextAfter);
        var (theirsTokens, theirsEdits) = Frame(contextBefore, Align(Ids(string.Concat(theirs)), basePieces), contextAfter);
        return new ConflictFeatures(oursTokens, oursEdits, theirsTokens, theirsEdits);
    }

    private List<ushort> Ids(string text) => [.. Pieces.Of(text).Select(vocabulary.IdOf)];

    /// <summary>The side's pieces merged with the base's along their diff, each marked with how it came about.</summary>
    private static List<(ushort Id, EditKind Kind)> Align(List<ushort> side, List<ushort> @base)
    {
        var aligned = new List<(ushort, EditKind)>();
        int b = 0;
        foreach (var edit in Differ.Diff([.. @base.Select(x => (int)x)], [.. side.Select(x => (int)x)]))
        {
            for (; b < edit.StartA; b++)
            {
                aligned.Add((@base[b], EditKind.Equal));
            }

            bool replaced = edit.CountA > 0 && edit.CountB > 0;
            for (int j = edit.StartB; j < edit.EndB; j++)
            {
                aligned.Add((side[j], replaced ? EditKind.ReplacedBySide : EditKind.Inserted));
            }

            for (; b < edit.EndA; b++)
            {
                aligned.Add((@base[b], replaced ? EditKind.ReplacedInBase : EditKind.Deleted));
            }
        }

        for (; b < @base.Count; b++)
        {
            aligned.Add((@base[b], EditKind.Equal));
        }

        return aligned;
    }

    private (ImmutableArray<ushort>, ImmutableArray<EditKind>) Frame(List<ushort> before, List<(ushort Id, EditKind Kind)> body, List<ushort> after)
    {
        const int specials = 3;
        int room = MaxLength - specials;
        if (body.Count > room)
        {
            // Longer than a sequence: the middle of the conflict, without context.
            body = body.GetRange((body.Count - room) / 2, room);
        }

        int contextRoom = room - body.Count;
        int takeAfter = Math.Min(after.Count, Math.Max(contextRoom / 2, contextRoom - before.Count));
        int takeBefore = Math.Min(before.Count, contextRoom - takeAfter);

        var tokens = ImmutableArray.CreateBuilder<ushort>();
        var edits = ImmutableArray.CreateBuilder<EditKind>();
        void Add(ushort id, EditKind kind)
        {
            tokens.Add(id);
            edits.Add(kind);
        }

        Add(Vocabulary.Start, EditKind.Context);
        foreach (var id in before.Skip(before.Count - takeBefore))
        {
            Add(id, EditKind.Context);
        }

        Add(Vocabulary.Separator, EditKind.Context);
        foreach (var (id, kind) in body)
        {
            Add(id, kind);
        }

        Add(Vocabulary.Separator, EditKind.Context);
        foreach (var id in after.Take(takeAfter))
        {
            Add(id, EditKind.Context);
        }

        return (tokens.ToImmutable(), edits.ToImmutable());
    }
}
