using MergeResolver.Patterns;

namespace MergeResolver.Resolution;

/// <summary>
/// One way to resolve a conflict, as an editor offers it: a title naming what it does (its summary,
/// "take HEAD", is what a diagnostic's message says), the text that replaces the conflict, and, for
/// a resolution the resolver found itself, its probability and whether it is sure enough to apply it
/// unattended. A plain pattern
/// names its <see cref="Pattern"/>, so that "fix all" can apply the same pattern to every conflict.
/// </summary>
public sealed record SuggestedResolution(string Title, string Summary, string Text, double? Confidence, bool IsConfident)
{
    /// <summary>The plain pattern this is; null for the resolver's own resolution.</summary>
    public MergePattern? Pattern { get; init; }
}
