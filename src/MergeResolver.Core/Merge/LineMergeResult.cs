using System.Collections.Immutable;
using MergeResolver.Diff;

namespace MergeResolver.Merge;

/// <summary>The outcome of a line-level three-way merge: clean chunks and conflict hunks in file order.</summary>
public sealed record LineMergeResult(ImmutableArray<MergeChunk> Chunks)
{
    /// <summary>The conflict hunks, in order.</summary>
    public IEnumerable<ConflictChunk> Conflicts => Chunks.OfType<ConflictChunk>();

    /// <summary>Whether any conflict is left.</summary>
    public bool HasConflicts => Chunks.Any(c => c is ConflictChunk);

    /// <summary>The lines the merge was made from, which redrawing a conflict needs (git decides CRLF markers from the lines around them).</summary>
    internal (string[] Base, string[] Ours, string[] Theirs) Inputs { get; init; } = ([], [], []);

    /// <summary>
    /// The lines of the base each side changed where the other did not (the clean merge's changes,
    /// by side; a line replaced counts once): which side did most of the file's work.
    /// </summary>
    internal (int Ours, int Theirs) OneSidedChanges { get; init; }

    /// <summary>The line matching the merge used, which redrawing a conflict uses again.</summary>
    internal DiffAlgorithm Algorithm { get; init; }
}
