namespace MergeResolver.Evaluation;

/// <summary>The verdict on one scoring hunk (shared/data/README.md, "Scoring protocol").</summary>
internal enum HunkStatus
{
    Correct,
    Wrong,
    Abstained,

    /// <summary>The developer changed the hunk's surroundings too: no truth, not scored.</summary>
    Unanchored,
}
