using System.Collections.Immutable;
using System.Globalization;
using MergeResolver.Languages;
using MergeResolver.Merge;
using MergeResolver.Patterns;
using MergeResolver.Ranking;
using MergeResolver.Tokens;

namespace MergeResolver.Resolution;

/// <summary>
/// The resolutions offered for a conflict found in a document: the resolver's own, ranked first with
/// their confidence, then the plain patterns, titled with the labels on the marker lines.
/// </summary>
public static class ConflictCandidates
{
    /// <summary>Past this size a conflict gets the plain patterns only, so an editor never waits on it.</summary>
    public const int MaxRankedLength = 200_000;

    /// <summary>
    /// The candidates for <paramref name="conflict"/>, found in <paramref name="documentLines"/> (the lines
    /// of the document, conflict markers included) of the file at <paramref name="path"/>. An editor
    /// passes its request's token, so that the token merge stops when the user moves on.
    /// </summary>
    public static ImmutableArray<SuggestedResolution> For(ParsedConflict conflict, IReadOnlyList<string> documentLines, string? path, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var ranked = Ranked(conflict, documentLines, path, cancellationToken);
        var plain = PlainFor(conflict);
        return ranked is null ? plain : plain.Insert(0, ranked);
    }

    /// <summary>The plain patterns alone: ours, theirs, the base when the markers carry one, and both in either order.</summary>
    public static ImmutableArray<SuggestedResolution> PlainFor(ParsedConflict conflict)
    {
        var builder = ImmutableArray.CreateBuilder<SuggestedResolution>();
        string ours = Label(conflict.OursLabel, "ours"), theirs = Label(conflict.TheirsLabel, "theirs");
        var o = MergePatterns.Side.Of(conflict.Ours);
        var b = MergePatterns.Side.Of(conflict.Base);
        var t = MergePatterns.Side.Of(conflict.Theirs);
        builder.Add(Plain($"Take {ours}", MergePatterns.Apply(MergePattern.Ours, o, b, t), MergePattern.Ours));
        builder.Add(Plain($"Take {theirs}", MergePatterns.Apply(MergePattern.Theirs, o, b, t), MergePattern.Theirs));
        if (conflict.HasBase)
        {
            builder.Add(Plain($"Take the base ({Label(conflict.BaseLabel, "base")})", MergePatterns.Apply(MergePattern.Base, o, b, t), MergePattern.Base));
        }

        builder.Add(Plain($"Keep both: {ours}, then {theirs}", MergePatterns.Apply(MergePattern.OursThenTheirs, o, b, t), MergePattern.OursThenTheirs));
        builder.Add(Plain($"Keep both: {theirs}, then {ours}", MergePatterns.Apply(MergePattern.TheirsThenOurs, o, b, t), MergePattern.TheirsThenOurs));
        return builder.ToImmutable();
    }

    /// <summary>The token merge, when the markers carry the base and it resolves the conflict without breaking the syntax.</summary>
    private static SuggestedResolution? Ranked(ParsedConflict conflict, IReadOnlyList<string> documentLines, string? path, CancellationToken cancellationToken)
    {
        string oursText = string.Concat(conflict.Ours), baseText = string.Concat(conflict.Base), theirsText = string.Concat(conflict.Theirs);
        if (!conflict.HasBase || oursText.Length + baseText.Length + theirsText.Length > MaxRankedLength)
        {
            return null;
        }

        var profile = LanguageProfile.ForPath(path);
        if (!profile.MergesTokens)
        {
            return null;
        }

        var merge = TokenMerger.Merge(baseText, oursText, theirsText, profile.Tokenizer, cancellationToken);
        if (!merge.IsResolved)
        {
            return null;
        }

        var text = merge.Render((_, _) => string.Empty);
        cancellationToken.ThrowIfCancellationRequested();
        if (SyntaxCheck.AddsErrors(documentLines, conflict.StartLine, conflict.EndLine, text, oursText))
        {
            return null;
        }

        double confidence = DefaultRanker.TokenMergeConfidence;
        var title = string.Format(CultureInfo.InvariantCulture, "Merge both changes token by token ({0:0%})", confidence);
        return new SuggestedResolution(title, text, confidence, IsConfident: true);
    }

    private static SuggestedResolution Plain(string title, string text, MergePattern pattern) => new(title, text, null, IsConfident: false) { Pattern = pattern };

    private static string Label(string? label, string side) => string.IsNullOrWhiteSpace(label) ? side : label!;
}
