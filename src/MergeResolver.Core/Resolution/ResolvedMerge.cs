using System.Collections.Immutable;
using System.Text;
using MergeResolver.Merge;

namespace MergeResolver.Resolution;

/// <summary>
/// A merge after resolution: git's line merge, what became of each of its hunks, and the markers
/// the hunks left are drawn with.
/// </summary>
public sealed record ResolvedMerge(LineMergeResult LineMerge, ImmutableArray<HunkOutcome> Hunks, ConflictMarkers Markers)
{
    /// <summary>How many hunks are left with markers.</summary>
    public int ConflictsLeft => Hunks.Count(h => !h.IsResolved);

    /// <summary>
    /// The merged text: resolved hunks replaced by their resolution, the others drawn with
    /// <see cref="Markers"/> in its style, as git would have drawn them.
    /// </summary>
    public string Render()
    {
        var sb = new StringBuilder();
        foreach (var segment in Segments())
        {
            sb.Append(segment.Resolution ?? segment.AsDrawn);
        }

        return sb.ToString();
    }

    /// <summary>
    /// The text cut where git's regions are: clean text, and each conflict region as git draws it
    /// with <see cref="Markers"/>, with its resolution when every hunk in it is resolved.
    /// </summary>
    internal IReadOnlyList<DrawnSegment> Segments()
    {
        var all = ConflictGroups.Pieces(LineMerge, Markers).ToList();
        var groups = ConflictGroups.Of(all, Hunks.Length, Markers);
        var segments = new List<DrawnSegment>();
        var pieces = new List<MergeChunk>();
        var resolution = new StringBuilder();
        int group = -1, firstHunk = 0, lastHunk = -1;
        bool resolved = true;
        var pending = new List<MergeChunk>();

        void Close()
        {
            if (group < 0)
            {
                return;
            }

            var drawn = ConflictRenderer.Render(Markers.Style == ConflictStyle.Merge ? LineMerger.JoinCloseConflicts(pieces, Markers.JoinAcrossPunctuationLines) : pieces, Markers);
            segments.Add(new DrawnSegment(drawn, resolved ? resolution.ToString() : null, firstHunk, lastHunk + 1));
            pieces.Clear();
            resolution.Clear();
            group = -1;
            resolved = true;
        }

        foreach (var (piece, hunk) in all)
        {
            if (hunk < 0)
            {
                pending.Add(piece);
                continue;
            }

            if (group >= 0 && groups[hunk] != group)
            {
                Close();
            }

            if (group < 0)
            {
                segments.Add(new DrawnSegment(ConflictRenderer.Render(pending, Markers), null, 0, 0));
                group = groups[hunk];
                firstHunk = hunk;
            }
            else
            {
                // Clean lines between two hunks of one region belong to the region.
                pieces.AddRange(pending);
                resolution.Append(ConflictRenderer.Render(pending, Markers));
            }

            pending.Clear();
            pieces.Add(piece);
            if (hunk != lastHunk)
            {
                lastHunk = hunk;
                var outcome = Hunks[hunk].Resolution;
                resolved &= outcome is not null;
                resolution.Append(outcome?.Text);
            }
        }

        Close();
        segments.Add(new DrawnSegment(ConflictRenderer.Render(pending, Markers), null, 0, 0));
        return segments;
    }
}
