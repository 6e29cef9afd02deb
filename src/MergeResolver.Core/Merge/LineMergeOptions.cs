using MergeResolver.Diff;

namespace MergeResolver.Merge;

/// <summary>How the line-level merge matches lines and draws conflicts.</summary>
public sealed record LineMergeOptions
{
    /// <summary>The conflict style; diff3 by default, since the resolver needs the base.</summary>
    public ConflictStyle Style { get; init; } = ConflictStyle.Diff3;

    /// <summary>The diff algorithm; Myers by default, as <c>git merge-file</c>.</summary>
    public DiffAlgorithm Algorithm { get; init; } = DiffAlgorithm.Myers;

    /// <summary>The defaults: diff3 style over Myers.</summary>
    public static LineMergeOptions Default { get; } = new();
}
