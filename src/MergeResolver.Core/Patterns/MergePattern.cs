namespace MergeResolver.Patterns;

/// <summary>
/// The primitive merge patterns of MergeBERT: which sides make up a resolution, in which order,
/// and whether what the side shares with the base is dropped.
/// </summary>
public enum MergePattern
{
    /// <summary>Ours as it is.</summary>
    Ours,

    /// <summary>Theirs as it is.</summary>
    Theirs,

    /// <summary>The base: both changes dropped.</summary>
    Base,

    /// <summary>Ours, then theirs.</summary>
    OursThenTheirs,

    /// <summary>Theirs, then ours.</summary>
    TheirsThenOurs,

    /// <summary>Ours without what it shares with the base.</summary>
    OursWithoutBase,

    /// <summary>Theirs without what it shares with the base.</summary>
    TheirsWithoutBase,

    /// <summary>Ours then theirs, each without what it shares with the base.</summary>
    OursThenTheirsWithoutBase,

    /// <summary>Theirs then ours, each without what it shares with the base.</summary>
    TheirsThenOursWithoutBase,

    /// <summary>Nothing: both sides dropped.</summary>
    Empty,
}
