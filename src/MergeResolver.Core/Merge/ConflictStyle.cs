namespace MergeResolver.Merge;

/// <summary>How conflicts are drawn, as git's <c>merge.conflictStyle</c> names them.</summary>
public enum ConflictStyle
{
    /// <summary>Ours and theirs only; conflicts are narrowed to the lines where the two sides differ.</summary>
    Merge,

    /// <summary>Ours, base and theirs, with whole overlapping changes as the conflict (git's <c>--diff3</c>).</summary>
    Diff3,

    /// <summary>Like <see cref="Diff3"/>, with lines common to both sides at a conflict's ends moved out of it (git's <c>--zdiff3</c>).</summary>
    ZealousDiff3,
}
