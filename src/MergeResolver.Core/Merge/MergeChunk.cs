using System.Collections.Immutable;

namespace MergeResolver.Merge;

/// <summary>A piece of a line-level merge: clean lines, or a conflict.</summary>
public abstract record MergeChunk;

/// <summary>Lines the merge settled by itself.</summary>
public sealed record CleanChunk(ImmutableArray<string> Lines) : MergeChunk
{
    /// <summary>Whether some of the lines are one side's change (rather than lines neither side changed).</summary>
    public bool HasOneSidedChanges { get; init; }
}

/// <summary>
/// A conflict hunk as git reports it: the lines of each side (each with its terminator; the
/// last line of a file may have none) and where each side's lines start, counted from 0.
/// </summary>
public sealed record ConflictChunk(
    ImmutableArray<string> Ours,
    ImmutableArray<string> Base,
    ImmutableArray<string> Theirs,
    int OursStart,
    int BaseStart,
    int TheirsStart) : MergeChunk
{
    /// <summary>
    /// Whether git ends the marker lines, and a side's unterminated last line, with "\r\n":
    /// decided from the line endings next to the conflict, as git decides.
    /// </summary>
    public bool UsesCrLf { get; init; }
}
