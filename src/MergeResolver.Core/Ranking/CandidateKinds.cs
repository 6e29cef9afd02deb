namespace MergeResolver.Ranking;

/// <summary>
/// How a candidate resolution is made. A candidate whose text several ways give carries each of
/// them, so that "theirs, which is also the token merge" is one candidate the ranker sees whole.
/// </summary>
[Flags]
public enum CandidateKinds
{
    /// <summary>None.</summary>
    None = 0,

    /// <summary>Ours as it is.</summary>
    Ours = 1 << 0,

    /// <summary>Theirs as it is.</summary>
    Theirs = 1 << 1,

    /// <summary>The base: both changes dropped.</summary>
    Base = 1 << 2,

    /// <summary>Ours, then theirs.</summary>
    OursThenTheirs = 1 << 3,

    /// <summary>Theirs, then ours.</summary>
    TheirsThenOurs = 1 << 4,

    /// <summary>Ours without the lines it shares with the base.</summary>
    OursWithoutBase = 1 << 5,

    /// <summary>Theirs without the lines it shares with the base.</summary>
    TheirsWithoutBase = 1 << 6,

    /// <summary>Ours then theirs, each without the lines it shares with the base.</summary>
    OursThenTheirsWithoutBase = 1 << 7,

    /// <summary>Theirs then ours, each without the lines it shares with the base.</summary>
    TheirsThenOursWithoutBase = 1 << 8,

    /// <summary>Nothing.</summary>
    Empty = 1 << 9,

    /// <summary>The C#-aware union: both sides' additions, each once.</summary>
    Union = 1 << 10,

    /// <summary>The union of using directives, sorted.</summary>
    SortedUnion = 1 << 11,

    /// <summary>The token merge, which resolved every token.</summary>
    TokenMerge = 1 << 12,

    /// <summary>The token merge with each token conflict left taking ours.</summary>
    TokenMergeOurs = 1 << 13,

    /// <summary>The token merge with each token conflict left taking theirs.</summary>
    TokenMergeTheirs = 1 << 14,

    /// <summary>Ours, when ours and theirs have the same tokens and differ in white space alone.</summary>
    SameTokens = 1 << 15,
}
