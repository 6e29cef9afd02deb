namespace MergeResolver.Resolution;

/// <summary>What the resolver does with each conflict hunk.</summary>
public enum ResolutionStrategy
{
    /// <summary>The tool as it is: the token merge where it resolves the hunk and the result parses no worse; otherwise the hunk is left.</summary>
    Default,

    /// <summary>Baseline: every hunk resolved as the token merge resolves it, unchecked; the rest left.</summary>
    TokenMerge,

    /// <summary>Baseline: every hunk takes ours.</summary>
    Ours,

    /// <summary>Baseline: every hunk takes theirs.</summary>
    Theirs,

    /// <summary>Baseline: every hunk is left with its markers.</summary>
    Markers,
}
