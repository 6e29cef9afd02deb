namespace MergeResolver.Resolution;

/// <summary>
/// One way to resolve a conflict, as an editor offers it: a title naming what it does, the text that
/// replaces the conflict, and, for a resolution the resolver found itself, its confidence and whether
/// it is sure enough to apply it unattended.
/// </summary>
public sealed record SuggestedResolution(string Title, string Text, double? Confidence, bool IsConfident);
