using System.Collections.Immutable;

namespace MergeResolver.Git.Index;

/// <summary>What a batch resolution did in a repository, file by file.</summary>
public sealed record BatchReport(ImmutableArray<FileReport> Files, bool DryRun)
{
    /// <summary>Whether every conflicted file was resolved.</summary>
    public bool AllResolved => Files.All(f => f.Outcome == FileOutcome.Resolved);

    /// <summary>Hunks resolved, over all files.</summary>
    public int HunksResolved => Files.Sum(f => f.Hunks.Count(h => h.Applied is not null));

    /// <summary>Hunks in all files.</summary>
    public int HunksTotal => Files.Sum(f => f.Hunks.Length);
}
