using System.Collections.Immutable;
using System.Text;
using MergeResolver.Diff;
using MergeResolver.Merge;
using MergeResolver.Text;

namespace MergeResolver.Resolution;

/// <summary>
/// A resolved merge applied to the file as it is now, which may no longer be what git wrote: a hunk
/// resolved by hand, a resolution rerere replayed, an edit anywhere. Only conflict regions that are
/// still exactly as git drew them are replaced; every other byte of the file stays as it is.
/// </summary>
public static class ConflictedFile
{
    /// <summary>
    /// <paramref name="current"/> with each region of <paramref name="merge"/> that it still holds as
    /// drawn replaced by its resolution. A file with no conflict markers left is returned unchanged.
    /// </summary>
    public static FileUpdate Apply(string current, ResolvedMerge merge)
    {
        if (ConflictMarkerParser.Parse(current).IsEmpty)
        {
            return new FileUpdate(current, Kept(merge.Hunks, _ => true, "kept: the file has no conflict markers left (resolved by hand or by rerere)"), AlreadyResolved: true);
        }

        var segments = merge.Segments();
        var drawn = string.Concat(segments.Select(s => s.AsDrawn));
        if (drawn == current)
        {
            return new FileUpdate(merge.Render(), merge.Hunks, AlreadyResolved: false);
        }

        var ids = new ElementIds();
        var currentLines = Lines.Split(current);
        var edits = Differ.Diff(ids.Of(Lines.Split(drawn)), ids.Of(currentLines));
        var sb = new StringBuilder(current.Length);
        var edited = new HashSet<int>();
        int line = 0, copied = 0;
        foreach (var segment in segments)
        {
            int count = LineCount(segment.AsDrawn);
            if (segment.Resolution is { } resolution)
            {
                if (Touches(edits, line, line + count))
                {
                    for (int k = segment.FirstHunk; k < segment.EndHunk; k++)
                    {
                        edited.Add(k);
                    }
                }
                else
                {
                    int start = line + Shift(edits, line);
                    Append(sb, currentLines, copied, start);
                    sb.Append(resolution);
                    copied = start + count;
                }
            }

            line += count;
        }

        Append(sb, currentLines, copied, currentLines.Length);
        return new FileUpdate(sb.ToString(), Kept(merge.Hunks, edited.Contains, "kept: its conflict was changed by hand after git wrote it"), AlreadyResolved: false);
    }

    private static ImmutableArray<HunkOutcome> Kept(ImmutableArray<HunkOutcome> hunks, Func<int, bool> kept, string why) =>
        [.. hunks.Select(h => h.IsResolved && kept(h.Index) ? h with { Resolution = null, Explanation = why } : h)];

    /// <summary>Whether an edit changes or inserts lines within <c>[start, end)</c> of the drawn text.</summary>
    private static bool Touches(IReadOnlyList<Edit> edits, int start, int end) =>
        edits.Any(e => e.CountA > 0 ? e.StartA < end && e.EndA > start : e.StartA > start && e.StartA < end);

    /// <summary>How far line <paramref name="start"/> of the drawn text has moved in the current file.</summary>
    private static int Shift(IReadOnlyList<Edit> edits, int start) =>
        edits.Where(e => e.CountA > 0 ? e.EndA <= start : e.StartA <= start).Sum(e => e.CountB - e.CountA);

    private static void Append(StringBuilder sb, string[] lines, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            sb.Append(lines[i]);
        }
    }

    private static int LineCount(string text)
    {
        int n = text.Count(c => c == '\n');
        return text.Length > 0 && text[^1] != '\n' ? n + 1 : n;
    }
}
