using System.Collections.Immutable;
using System.Text;
using MergeResolver.Merge;

namespace MergeResolver.Resolution;

/// <summary>A merge after resolution: git's line merge and what became of each of its hunks.</summary>
public sealed record ResolvedMerge(LineMergeResult LineMerge, ImmutableArray<HunkOutcome> Hunks)
{
    /// <summary>How many hunks are left with markers.</summary>
    public int ConflictsLeft => Hunks.Count(h => !h.IsResolved);

    /// <summary>
    /// The merged text: resolved hunks replaced by their resolution, the others drawn with
    /// <paramref name="markers"/> in its style, as git would have drawn them.
    /// </summary>
    public string Render(ConflictMarkers? markers = null)
    {
        markers ??= ConflictMarkers.Default;
        var sb = new StringBuilder();
        int k = 0;
        foreach (var chunk in LineMerge.Chunks)
        {
            if (chunk is CleanChunk clean)
            {
                foreach (var line in clean.Lines)
                {
                    sb.Append(line);
                }

                continue;
            }

            var outcome = Hunks[k++];
            if (outcome.Resolution is { } resolution)
            {
                sb.Append(resolution.Text);
            }
            else
            {
                foreach (var piece in LineMerger.Restyle(outcome.Conflict, markers.Style))
                {
                    if (piece is ConflictChunk conflict)
                    {
                        ConflictRenderer.AppendConflict(sb, conflict, markers);
                    }
                    else
                    {
                        foreach (var line in ((CleanChunk)piece).Lines)
                        {
                            sb.Append(line);
                        }
                    }
                }
            }
        }

        return sb.ToString();
    }
}
