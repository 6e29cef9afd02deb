namespace MergeResolver.Resolution;

/// <summary>How a hunk was resolved: the text that replaces it, how it was found, and how sure the resolver is.</summary>
public sealed record HunkResolution(string Text, string Method, double Confidence);
