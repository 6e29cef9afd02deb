using System.Collections.Immutable;

namespace MergeResolver.Merge;

/// <summary>
/// Which diff3 hunks of a merge git draws as one conflict in a style. In the merge style git joins
/// two conflicts parted by a few unchanged lines into one region; a user sees that region, so it is
/// resolved whole or left whole. In diff3 and zdiff3 every hunk is a region of its own.
/// </summary>
public static class ConflictGroups
{
    /// <summary>For each hunk of <paramref name="merge"/>, the index of the first hunk of the region git draws it in.</summary>
    public static ImmutableArray<int> Of(LineMergeResult merge, ConflictMarkers markers) =>
        markers.Style == ConflictStyle.Merge
            ? Of([.. Pieces(merge, markers)], merge.Conflicts.Count(), markers)
            : Of([], merge.Conflicts.Count(), markers);

    /// <summary>The same, from the pieces <see cref="Pieces"/> gave, for a caller that walks them anyway.</summary>
    internal static ImmutableArray<int> Of(IReadOnlyList<(MergeChunk Piece, int Hunk)> pieces, int count, ConflictMarkers markers)
    {
        var first = ImmutableArray.CreateBuilder<int>(count);
        for (int k = 0; k < count; k++)
        {
            first.Add(k);
        }

        if (markers.Style != ConflictStyle.Merge)
        {
            return first.MoveToImmutable();
        }

        // The same rule as LineMerger.JoinCloseConflicts, followed piece by piece so that each joined
        // region is known by the hunks it came from.
        int lastHunk = -1, betweenLines = 0;
        bool sawBetween = false, betweenChanged = false, betweenHasAlnum = false;
        foreach (var (piece, hunk) in pieces)
        {
            if (piece is CleanChunk clean)
            {
                sawBetween = true;
                betweenLines += clean.Lines.Length;
                betweenChanged |= clean.HasOneSidedChanges;
                betweenHasAlnum |= clean.Lines.Any(LineMerger.HasAsciiAlnum);
                continue;
            }

            if (lastHunk >= 0 && sawBetween && !betweenChanged &&
                (betweenLines <= 3 || (markers.JoinAcrossPunctuationLines && !betweenHasAlnum)))
            {
                first[hunk] = first[lastHunk];
            }

            lastHunk = hunk;
            sawBetween = betweenChanged = betweenHasAlnum = false;
            betweenLines = 0;
        }

        return first.MoveToImmutable();
    }

    /// <summary>
    /// The merge's pieces as <paramref name="markers"/> draw them before joining: clean chunks (hunk -1)
    /// and each hunk restyled, tagged with its index.
    /// </summary>
    internal static IEnumerable<(MergeChunk Piece, int Hunk)> Pieces(LineMergeResult merge, ConflictMarkers markers)
    {
        int k = 0;
        foreach (var chunk in merge.Chunks)
        {
            if (chunk is ConflictChunk conflict)
            {
                foreach (var piece in LineMerger.Restyle(merge, conflict, markers))
                {
                    yield return (piece, k);
                }

                k++;
            }
            else
            {
                yield return (chunk, -1);
            }
        }
    }
}
