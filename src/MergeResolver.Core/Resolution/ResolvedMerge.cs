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
        var pieces = new List<MergeChunk>();
        int k = 0;
        foreach (var chunk in LineMerge.Chunks)
        {
            if (chunk is CleanChunk)
            {
                pieces.Add(chunk);
                continue;
            }

            var outcome = Hunks[k++];
            if (outcome.Resolution is { } resolution)
            {
                pieces.Add(new Settled(resolution.Text));
            }
            else
            {
                pieces.AddRange(LineMerger.Restyle(LineMerge, outcome.Conflict, markers));
            }
        }

        if (markers.Style == ConflictStyle.Merge)
        {
            pieces = LineMerger.JoinCloseConflicts(pieces, markers.JoinAcrossPunctuationLines);
        }

        var sb = new StringBuilder();
        foreach (var piece in pieces)
        {
            switch (piece)
            {
                case CleanChunk clean:
                    foreach (var line in clean.Lines)
                    {
                        sb.Append(line);
                    }

                    break;
                case ConflictChunk conflict:
                    ConflictRenderer.AppendConflict(sb, conflict, markers);
                    break;
                case Settled settled:
                    sb.Append(settled.Text);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>A resolved hunk's text: it keeps the conflicts around it apart, as a change would in git.</summary>
    private sealed record Settled(string Text) : MergeChunk;
}
