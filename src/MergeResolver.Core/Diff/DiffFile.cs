namespace MergeResolver.Diff;

/// <summary>
/// One side of a diff as xdiff sees it: element ids and a "changed" flag per element,
/// with a false sentinel before the first and after the last element so that group walks
/// need no bounds checks.
/// </summary>
internal sealed class DiffFile
{
    private readonly bool[] _changed;

    public DiffFile(int[] ids)
    {
        Ids = ids;
        _changed = new bool[ids.Length + 2];
    }

    public int[] Ids { get; }

    public int Count => Ids.Length;

    /// <summary>Changed flag of element <paramref name="i"/>; -1 and Count are the false sentinels.</summary>
    public ref bool Changed(int i) => ref _changed[i + 1];
}
