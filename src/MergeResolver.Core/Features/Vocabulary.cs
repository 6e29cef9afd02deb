using System.Collections.Immutable;
using System.Text;

namespace MergeResolver.Features;

/// <summary>
/// The pieces the model knows, each with its id; learned on the training set only. The first ids are
/// the special tokens; a piece not in the vocabulary reads as <see cref="Unknown"/>.
/// </summary>
public sealed class Vocabulary
{
    /// <summary>Padding.</summary>
    public const ushort Padding = 0;

    /// <summary>A piece not in the vocabulary.</summary>
    public const ushort Unknown = 1;

    /// <summary>Starts a sequence.</summary>
    public const ushort Start = 2;

    /// <summary>Separates the conflict from its context.</summary>
    public const ushort Separator = 3;

    private static readonly string[] Specials = ["[PAD]", "[UNK]", "[CLS]", "[SEP]"];

    private readonly Dictionary<string, ushort> _ids;

    private Vocabulary(ImmutableArray<string> pieces)
    {
        Pieces = pieces;
        _ids = new Dictionary<string, ushort>(StringComparer.Ordinal);
        for (int i = 0; i < pieces.Length; i++)
        {
            _ids[pieces[i]] = (ushort)i;
        }
    }

    /// <summary>Every piece, by id.</summary>
    public ImmutableArray<string> Pieces { get; }

    /// <summary>The id of <paramref name="piece"/>, or <see cref="Unknown"/>.</summary>
    public ushort IdOf(string piece) => _ids.TryGetValue(piece, out var id) ? id : Unknown;

    /// <summary>
    /// The <paramref name="size"/> most frequent pieces of <paramref name="texts"/> (ties broken by
    /// ordinal order, so the same texts always give the same vocabulary), after the special tokens.
    /// </summary>
    public static Vocabulary Learn(IEnumerable<string> texts, int size)
    {
        if (size <= Specials.Length || size > ushort.MaxValue)
        {
            throw new ArgumentOutOfRangeException(nameof(size), $"a vocabulary holds {Specials.Length + 1} to {ushort.MaxValue} pieces");
        }

        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var text in texts)
        {
            foreach (var piece in Features.Pieces.Of(text))
            {
                counts[piece] = (counts.TryGetValue(piece, out var n) ? n : 0) + 1;
            }
        }

        var learned = counts
            .Where(c => !Specials.Contains(c.Key))
            .OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal)
            .Take(size - Specials.Length)
            .Select(c => c.Key);
        return new Vocabulary([.. Specials, .. learned]);
    }

    /// <summary>Reads a vocabulary written by <see cref="Write"/>: one piece a line, escaped.</summary>
    public static Vocabulary Read(TextReader reader)
    {
        var pieces = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            pieces.Add(Unescape(line));
        }

        if (pieces.Count < Specials.Length || !pieces.Take(Specials.Length).SequenceEqual(Specials))
        {
            throw new InvalidDataException("not a MergeResolver vocabulary: the special tokens are missing");
        }

        return new Vocabulary([.. pieces]);
    }

    /// <summary>Writes one piece a line; line breaks and backslashes in pieces are escaped.</summary>
    public void Write(TextWriter writer)
    {
        foreach (var piece in Pieces)
        {
            writer.Write(Escape(piece));
            writer.Write('\n');
        }
    }

    private static string Escape(string piece) => piece.Replace("\\", "\\\\").Replace("\n", "\\n").Replace("\r", "\\r");

    private static string Unescape(string line)
    {
        var sb = new StringBuilder(line.Length);
        for (int i = 0; i < line.Length; i++)
        {
            if (line[i] == '\\' && i + 1 < line.Length)
            {
                char c = line[++i];
                sb.Append(c switch { 'n' => '\n', 'r' => '\r', _ => c });
            }
            else
            {
                sb.Append(line[i]);
            }
        }

        return sb.ToString();
    }
}
