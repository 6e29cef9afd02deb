using System.Collections.Immutable;

namespace MergeResolver.Tokens;

/// <summary>
/// A run of tokens of one side, each written with the white space before it, and the white space
/// that separates the run from the token after it in that side (<see cref="After"/>), so that a
/// resolution that takes the run keeps the line break or space its side had there.
/// </summary>
public sealed record TokenRun(ImmutableArray<string> Contents, ImmutableArray<string> Fulls, string After)
{
    /// <summary>The number of tokens.</summary>
    public int Count => Contents.Length;

    /// <summary>The run as written in its side, with the white space after it.</summary>
    public string Text => string.Concat(Fulls) + After;
}
