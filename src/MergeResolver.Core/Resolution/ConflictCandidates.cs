using System.Collections.Immutable;
using MergeResolver.Merge;
using MergeResolver.Patterns;

namespace MergeResolver.Resolution;

/// <summary>
/// The plain patterns offered for every conflict found in a document, titled with the labels on the
/// marker lines; <see cref="ConflictDocument"/> puts the resolver's ranked candidates before them.
/// </summary>
public static class ConflictCandidates
{
    /// <summary>The plain patterns alone: ours, theirs, the base when the markers carry one, and both in either order.</summary>
    public static ImmutableArray<SuggestedResolution> PlainFor(ParsedConflict conflict)
    {
        var builder = ImmutableArray.CreateBuilder<SuggestedResolution>();
        string ours = Label(conflict.OursLabel, "ours"), theirs = Label(conflict.TheirsLabel, "theirs");
        var o = MergePatterns.Side.Of(conflict.Ours);
        var b = MergePatterns.Side.Of(conflict.Base);
        var t = MergePatterns.Side.Of(conflict.Theirs);
        void Add(string title, MergePattern pattern) =>
            builder.Add(new SuggestedResolution(title, char.ToLowerInvariant(title[0]) + title.Substring(1), MergePatterns.Apply(pattern, o, b, t), null, IsConfident: false) { Pattern = pattern });

        Add($"Take {ours}", MergePattern.Ours);
        Add($"Take {theirs}", MergePattern.Theirs);
        if (conflict.HasBase)
        {
            Add($"Take the base ({Label(conflict.BaseLabel, "base")})", MergePattern.Base);
        }

        Add($"Keep both: {ours}, then {theirs}", MergePattern.OursThenTheirs);
        Add($"Keep both: {theirs}, then {ours}", MergePattern.TheirsThenOurs);
        return builder.ToImmutable();
    }

    private static string Label(string? label, string side) => string.IsNullOrWhiteSpace(label) ? side : label!;
}
