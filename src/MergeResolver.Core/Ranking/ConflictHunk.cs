using System.Collections.Immutable;

namespace MergeResolver.Ranking;

/// <summary>
/// A git conflict hunk with the lines around it in ours' file and how the rest of the file changed:
/// what the candidates and the ranker read.
/// </summary>
public sealed record ConflictHunk(
    ImmutableArray<string> Before,
    ImmutableArray<string> Ours,
    ImmutableArray<string> Base,
    ImmutableArray<string> Theirs,
    ImmutableArray<string> After)
{
    /// <summary>How each side changed the rest of the file.</summary>
    public FileChanges File { get; init; } = FileChanges.None;

    /// <summary>The lines the merge settled around the file's hunks.</summary>
    public CleanLines Settled { get; init; } = CleanLines.None;
}
