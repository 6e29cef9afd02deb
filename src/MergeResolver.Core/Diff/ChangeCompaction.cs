namespace MergeResolver.Diff;

/// <summary>
/// xdiff's change compaction: each group of changed elements is slid as far up and then as far
/// down as equal neighbours allow, merged with the groups it bumps into, and then moved back to
/// line up with the last group of changes on the other side that it can align with. Without it
/// the diff3 built on top would not draw git's hunk boundaries.
/// </summary>
internal static class ChangeCompaction
{
    private struct Group
    {
        public int Start;
        public int End;
    }

    public static void Compact(DiffFile file, DiffFile other)
    {
        var g = First(file);
        var go = First(other);

        while (true)
        {
            if (g.End != g.Start)
            {
                int groupSize;
                int earliestEnd;
                int endMatchingOther;
                do
                {
                    groupSize = g.End - g.Start;
                    endMatchingOther = -1;

                    while (SlideUp(file, ref g))
                    {
                        Previous(other, ref go);
                    }

                    earliestEnd = g.End;
                    if (go.End > go.Start)
                    {
                        endMatchingOther = g.End;
                    }

                    while (SlideDown(file, ref g))
                    {
                        Next(other, ref go);
                        if (go.End > go.Start)
                        {
                            endMatchingOther = g.End;
                        }
                    }
                }
                while (groupSize != g.End - g.Start);

                if (g.End != earliestEnd && endMatchingOther != -1)
                {
                    while (go.End == go.Start)
                    {
                        SlideUp(file, ref g);
                        Previous(other, ref go);
                    }
                }
            }

            if (!Next(file, ref g))
            {
                break;
            }

            Next(other, ref go);
        }
    }

    private static Group First(DiffFile file)
    {
        var g = default(Group);
        while (file.Changed(g.End))
        {
            g.End++;
        }

        return g;
    }

    private static bool Next(DiffFile file, ref Group g)
    {
        if (g.End == file.Count)
        {
            return false;
        }

        g.Start = g.End + 1;
        for (g.End = g.Start; file.Changed(g.End); g.End++)
        {
        }

        return true;
    }

    private static bool Previous(DiffFile file, ref Group g)
    {
        if (g.Start == 0)
        {
            return false;
        }

        g.End = g.Start - 1;
        for (g.Start = g.End; file.Changed(g.Start - 1); g.Start--)
        {
        }

        return true;
    }

    private static bool SlideDown(DiffFile file, ref Group g)
    {
        if (g.End < file.Count && file.Ids[g.Start] == file.Ids[g.End])
        {
            file.Changed(g.Start++) = false;
            file.Changed(g.End++) = true;
            while (file.Changed(g.End))
            {
                g.End++;
            }

            return true;
        }

        return false;
    }

    private static bool SlideUp(DiffFile file, ref Group g)
    {
        if (g.Start > 0 && file.Ids[g.Start - 1] == file.Ids[g.End - 1])
        {
            file.Changed(--g.Start) = true;
            file.Changed(--g.End) = false;
            while (file.Changed(g.Start - 1))
            {
                g.Start--;
            }

            return true;
        }

        return false;
    }
}
