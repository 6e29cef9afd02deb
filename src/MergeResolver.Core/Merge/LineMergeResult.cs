using System.Collections.Immutable;

namespace MergeResolver.Merge;

/// <summary>The outcome of a line-level three-way merge: clean chunks and conflict hunks in file order.</summary>
public sealed record LineMergeResult(ImmutableArray<MergeChunk> Chunks)
{
    /// <summary>The conflict hunks, in order.</summary>
    public IEnumerable<ConflictChunk> Conflicts => Chunks.OfType<ConflictChunk>();

    /// <summary>Whether any conflict is left.</summary>
    public bool HasConflicts => Chunks.Any(c => c is ConflictChunk);
}
