namespace MergeResolver.Diff;

/// <summary>Diffs two sequences of element ids the way git's xdiff does.</summary>
public static class Differ
{
    /// <summary>
    /// The edit script from <paramref name="a"/> to <paramref name="b"/>, in order, after xdiff's
    /// change compaction (groups slid down and then aligned with the other side's changes).
    /// Equal ids mean equal elements.
    /// </summary>
    public static IReadOnlyList<Edit> Diff(int[] a, int[] b, DiffAlgorithm algorithm = DiffAlgorithm.Myers)
    {
        var fa = new DiffFile(a);
        var fb = new DiffFile(b);
        Mark(fa, fb, algorithm);
        ChangeCompaction.Compact(fa, fb);
        ChangeCompaction.Compact(fb, fa);
        return BuildScript(fa, fb);
    }

    internal static void Mark(DiffFile a, DiffFile b, DiffAlgorithm algorithm)
    {
        if (algorithm == DiffAlgorithm.Histogram)
        {
            HistogramDiff.Mark(a, b);
        }
        else
        {
            MyersDiff.Mark(a, b);
        }
    }

    private static List<Edit> BuildScript(DiffFile a, DiffFile b)
    {
        var edits = new List<Edit>();
        int i1 = a.Count, i2 = b.Count;
        while (i1 >= 0 || i2 >= 0)
        {
            if (a.Changed(i1 - 1) || b.Changed(i2 - 1))
            {
                int l1 = i1, l2 = i2;
                while (a.Changed(i1 - 1))
                {
                    i1--;
                }

                while (b.Changed(i2 - 1))
                {
                    i2--;
                }

                edits.Add(new Edit(i1, l1 - i1, i2, l2 - i2));
            }

            i1--;
            i2--;
        }

        edits.Reverse();
        return edits;
    }
}
