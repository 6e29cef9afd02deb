using System.Collections.Immutable;

namespace MergeResolver.Ranking;

/// <summary>A hunk and its candidates, in label order, with their features (<see cref="CandidateFeatures"/>).</summary>
public sealed record RankingRequest(ConflictHunk Hunk, ImmutableArray<Candidate> Candidates, ImmutableArray<float[]> Features);
