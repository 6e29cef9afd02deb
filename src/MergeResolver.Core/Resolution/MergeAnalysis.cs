using System.Collections.Immutable;
using MergeResolver.Merge;

namespace MergeResolver.Resolution;

/// <summary>A file's line merge and, for each of its conflict hunks, the candidates the ranker will score.</summary>
public sealed record MergeAnalysis(LineMergeResult LineMerge, ImmutableArray<HunkAnalysis> Hunks);
