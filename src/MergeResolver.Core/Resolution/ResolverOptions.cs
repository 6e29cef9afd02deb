using MergeResolver.Diff;
using MergeResolver.Merge;
using MergeResolver.Ranking;

namespace MergeResolver.Resolution;

/// <summary>How the resolver merges and what it resolves.</summary>
public sealed record ResolverOptions
{
    /// <summary>What to do with each hunk; <see cref="ResolutionStrategy.Default"/> unless a baseline is measured.</summary>
    public ResolutionStrategy Strategy { get; init; } = ResolutionStrategy.Default;

    /// <summary>The line matching of the merge underneath, which is always drawn in diff3 style so that every hunk has its base.</summary>
    public DiffAlgorithm Algorithm { get; init; } = DiffAlgorithm.Myers;

    /// <summary>Scores the candidates; <see cref="DefaultRanker"/> when none is given.</summary>
    public ICandidateRanker? Ranker { get; init; }

    /// <summary>
    /// A resolution is applied only when its probability is at least this (0 to 1); below it the
    /// hunk is left. Null: the ranker's unattended threshold.
    /// </summary>
    public double? Threshold { get; init; }

    /// <summary>
    /// How hunks left are drawn. It also decides which hunks git shows as one conflict (the merge
    /// style joins close ones): such a region is resolved whole or left whole.
    /// </summary>
    public ConflictMarkers Markers { get; init; } = ConflictMarkers.Default;

    /// <summary>The defaults.</summary>
    public static ResolverOptions Default { get; } = new();
}
