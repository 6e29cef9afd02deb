using MergeResolver.Merge;

namespace MergeResolver.Git.Configuration;

/// <summary>
/// How git drew the conflicts of a file in the work tree, so that the hunks the tool leaves look
/// exactly as git's: the style from <c>merge.conflictStyle</c>, the marker size from the file's
/// <c>conflict-marker-size</c> attribute, and the labels off the markers git wrote in the file, since
/// git records them nowhere else (<c>git merge origin/feature</c> writes <c>origin/feature</c>, a
/// merge by commit id writes the id as typed, and diff3's base label is an abbreviated commit id).
/// The markers also say whether git drew the base, which settles the style when the merge ran with
/// another one than the configuration's (<c>git -c merge.conflictStyle=diff3 merge</c>).
/// </summary>
public static class ConflictDrawing
{
    /// <summary>
    /// The markers for <paramref name="current"/>, the file as it is now, drawn in the repository's
    /// <paramref name="style"/> (<see cref="RepositoryConfig"/>); <paramref name="markerSize"/> is the
    /// attribute's, or null to take the size git wrote in the file.
    /// </summary>
    public static ConflictMarkers Of(string current, ConflictStyle style, int? markerSize)
    {
        var parsed = ConflictMarkerParser.Parse(current);
        var drawn = parsed.FirstOrDefault(c => markerSize is null || c.MarkerSize == markerSize) ?? parsed.FirstOrDefault();
        return new ConflictMarkers
        {
            OursLabel = drawn is null ? "HEAD" : drawn.OursLabel,
            BaseLabel = drawn?.BaseLabel,
            TheirsLabel = drawn is null ? "theirs" : drawn.TheirsLabel,
            Size = markerSize ?? drawn?.MarkerSize ?? 7,
            Style = drawn is null || drawn.HasBase == (style != ConflictStyle.Merge) ? style
                : drawn.HasBase ? ConflictStyle.Diff3
                : ConflictStyle.Merge,
            JoinAcrossPunctuationLines = false,
        };
    }
}
