namespace MergeResolver.Merge;

/// <summary>
/// One region of a three-way merge over element ids, as xdiff's merge records it: the base
/// range it replaces and the ours and theirs ranges that stand for it.
/// </summary>
internal struct MergeRegion
{
    public MergeRegionKind Kind;
    public int BaseStart;
    public int BaseCount;
    public int OursStart;
    public int OursCount;
    public int TheirsStart;
    public int TheirsCount;
}

internal enum MergeRegionKind
{
    Conflict = 0,
    Ours = 1,
    Theirs = 2,

    /// <summary>Both sides made the same change (found when a conflict is refined).</summary>
    Same = 4,
}
