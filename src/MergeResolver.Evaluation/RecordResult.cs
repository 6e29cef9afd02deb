namespace MergeResolver.Evaluation;

/// <summary>What the evaluation learned from one record: the tool's output, its scored hunks and the oracle counts.</summary>
internal sealed record RecordResult(string Id, string Output, List<ScoredHunk> Hunks, bool MarkersLeft, OracleCounts Oracle)
{
    /// <summary>For each answered hunk that is one git conflict: the method that resolved it, and whether it was right.</summary>
    public IReadOnlyList<(string Method, bool Correct)> Methods { get; init; } = [];

    /// <summary>
    /// For each scored hunk that is one git conflict: the best candidate's probability, and whether the
    /// best, or one of the best three, equals the developer's resolution.
    /// </summary>
    public IReadOnlyList<(double Probability, bool Top1, bool Top3)> Rankings { get; init; } = [];
}

/// <summary>
/// Scored hunks whose resolution some candidate set covers: one primitive pattern for the hunk, the
/// token merge with a pattern per token conflict, either of those, the hunk patterns with the
/// C#-aware candidates, and all of them.
/// </summary>
internal readonly record struct OracleCounts(int Hunk, int Token, int Either, int HunkOrStructured, int All);
