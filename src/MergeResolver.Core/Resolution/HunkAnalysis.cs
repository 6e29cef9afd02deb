using MergeResolver.Merge;
using MergeResolver.Ranking;
using MergeResolver.Tokens;

namespace MergeResolver.Resolution;

/// <summary>
/// One conflict hunk before ranking: git's conflict, the request the ranker reads, the token merge
/// (null where it was not allowed), and why it was not allowed.
/// </summary>
public sealed record HunkAnalysis(ConflictChunk Conflict, RankingRequest Request, TokenMergeResult? Tokens, string? NoTokenMerge);
