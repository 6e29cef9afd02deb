using System.Collections.Immutable;
using MergeResolver.Merge;

namespace MergeResolver.Resolution;

/// <summary>What became of one conflict hunk: resolved, or left as git wrote it, and why.</summary>
public sealed record HunkOutcome(int Index, ConflictChunk Conflict, HunkResolution? Resolution, string Explanation)
{
    /// <summary>Whether the hunk was resolved.</summary>
    public bool IsResolved => Resolution is not null;

    /// <summary>The best candidates by the ranker, most likely first (at most three, none vetoed), whether or not one was applied.</summary>
    public ImmutableArray<HunkResolution> Ranking { get; init; } = [];
}
