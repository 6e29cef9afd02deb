namespace MergeResolver.Cli.Evaluation;

/// <summary>What the evaluation learned from one record: the tool's output, its scored hunks and the oracle counts.</summary>
internal sealed record RecordResult(string Id, string Output, List<ScoredHunk> Hunks, bool MarkersLeft, int OracleHunk, int OracleToken, int OracleEither);
