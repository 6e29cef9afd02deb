namespace MergeResolver.Diff;

/// <summary>The line-matching algorithm, named as git names it.</summary>
public enum DiffAlgorithm
{
    /// <summary>Myers' O(ND) algorithm with xdiff's cost heuristics: the default of <c>git merge-file</c>.</summary>
    Myers,

    /// <summary>The histogram algorithm: what <c>git merge</c> (the ort strategy) uses.</summary>
    Histogram,
}
