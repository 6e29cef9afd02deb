namespace MergeResolver.Resolution;

/// <summary>The three versions of a file, decoded, and its path (which picks the lexer; it is never opened).</summary>
public sealed record MergeInput(string Base, string Ours, string Theirs, string? Path = null);
