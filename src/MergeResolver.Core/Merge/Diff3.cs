using MergeResolver.Diff;

namespace MergeResolver.Merge;

/// <summary>
/// git's three-way merge (xdiff's xmerge) over sequences of element ids: diff base against each
/// side, walk both edit scripts together, and mark overlapping changes that differ as conflicts.
/// </summary>
internal static class Diff3
{
    /// <summary>
    /// Merges and returns the regions in order. <paramref name="oursHasAlnum"/> tells whether an
    /// element of ours holds a letter or digit; the merge style uses it to fold conflicts separated
    /// only by punctuation lines into one, as git does.
    /// </summary>
    public static List<MergeRegion> Merge(
        int[] baseIds,
        int[] oursIds,
        int[] theirsIds,
        ConflictStyle style,
        DiffAlgorithm algorithm,
        Func<int, bool>? oursHasAlnum,
        out MergeShortcut identical)
    {
        var scriptOurs = Differ.Diff(baseIds, oursIds, algorithm);
        var scriptTheirs = Differ.Diff(baseIds, theirsIds, algorithm);
        identical = scriptOurs.Count == 0 ? MergeShortcut.TakeTheirs
            : scriptTheirs.Count == 0 ? MergeShortcut.TakeOurs
            : MergeShortcut.None;
        if (identical != MergeShortcut.None)
        {
            return [];
        }

        var regions = Walk(scriptOurs, scriptTheirs, oursIds, theirsIds, baseIds.Length);
        switch (style)
        {
            case ConflictStyle.Merge:
                Refine(regions, oursIds, theirsIds, algorithm);
                SimplifyNonConflicts(regions, oursHasAlnum);
                break;
            case ConflictStyle.ZealousDiff3:
                TrimCommonEnds(regions, oursIds, theirsIds);
                break;
        }

        return regions;
    }

    /// <summary>
    /// Redraws one diff3 conflict in another style, as git would have drawn it: narrowed to the
    /// differing lines (merge) or with common ends moved out (zdiff3). Indices stay those of the
    /// arrays given.
    /// </summary>
    public static List<MergeRegion> Restyle(MergeRegion conflict, int[] ours, int[] theirs, ConflictStyle style, DiffAlgorithm algorithm, Func<int, bool>? oursHasAlnum)
    {
        var regions = new List<MergeRegion> { conflict };
        if (style == ConflictStyle.Merge)
        {
            Refine(regions, ours, theirs, algorithm);
            SimplifyNonConflicts(regions, oursHasAlnum);
        }
        else if (style == ConflictStyle.ZealousDiff3)
        {
            TrimCommonEnds(regions, ours, theirs);
        }

        return regions;
    }

    private static List<MergeRegion> Walk(
        IReadOnlyList<Edit> s1, IReadOnlyList<Edit> s2, int[] ours, int[] theirs, int baseCount)
    {
        var regions = new List<MergeRegion>();
        int x1 = 0, x2 = 0;
        while (x1 < s1.Count && x2 < s2.Count)
        {
            var e1 = s1[x1];
            var e2 = s2[x2];
            if (e1.EndA < e2.StartA)
            {
                Append(regions, MergeRegionKind.Ours, e1.StartA, e1.CountA, e1.StartB, e1.CountB,
                    e2.StartB - e2.StartA + e1.StartA, e1.CountA);
                x1++;
                continue;
            }

            if (e2.EndA < e1.StartA)
            {
                Append(regions, MergeRegionKind.Theirs, e2.StartA, e2.CountA,
                    e1.StartB - e1.StartA + e2.StartA, e2.CountA, e2.StartB, e2.CountB);
                x2++;
                continue;
            }

            if (e1.StartA != e2.StartA || e1.CountA != e2.CountA || e1.CountB != e2.CountB ||
                !ours.AsSpan(e1.StartB, e1.CountB).SequenceEqual(theirs.AsSpan(e2.StartB, e2.CountB)))
            {
                int off = e1.StartA - e2.StartA;
                int ffo = off + e1.CountA - e2.CountA;
                int i0 = e1.StartA, i1 = e1.StartB, i2 = e2.StartB;
                if (off > 0)
                {
                    i0 -= off;
                    i1 -= off;
                }
                else
                {
                    i2 += off;
                }

                int chg0 = e1.StartA + e1.CountA - i0;
                int chg1 = e1.StartB + e1.CountB - i1;
                int chg2 = e2.StartB + e2.CountB - i2;
                if (ffo < 0)
                {
                    chg0 -= ffo;
                    chg1 -= ffo;
                }
                else
                {
                    chg2 += ffo;
                }

                Append(regions, MergeRegionKind.Conflict, i0, chg0, i1, chg1, i2, chg2);
            }

            int end1 = e1.EndA, end2 = e2.EndA;
            if (end1 >= end2)
            {
                x2++;
            }

            if (end2 >= end1)
            {
                x1++;
            }
        }

        int theirsShift = theirs.Length - baseCount;
        for (; x1 < s1.Count; x1++)
        {
            var e1 = s1[x1];
            Append(regions, MergeRegionKind.Ours, e1.StartA, e1.CountA, e1.StartB, e1.CountB, e1.StartA + theirsShift, e1.CountA);
        }

        int oursShift = ours.Length - baseCount;
        for (; x2 < s2.Count; x2++)
        {
            var e2 = s2[x2];
            Append(regions, MergeRegionKind.Theirs, e2.StartA, e2.CountA, e2.StartA + oursShift, e2.CountA, e2.StartB, e2.CountB);
        }

        return regions;
    }

    /// <summary>A change that overlaps or touches the previous region joins it, as a conflict unless both came from the same side.</summary>
    private static void Append(List<MergeRegion> regions, MergeRegionKind kind, int i0, int chg0, int i1, int chg1, int i2, int chg2)
    {
        if (regions.Count > 0)
        {
            var m = regions[^1];
            if (i1 <= m.OursStart + m.OursCount || i2 <= m.TheirsStart + m.TheirsCount)
            {
                if (kind != m.Kind)
                {
                    m.Kind = MergeRegionKind.Conflict;
                }

                m.BaseCount = i0 + chg0 - m.BaseStart;
                m.OursCount = i1 + chg1 - m.OursStart;
                m.TheirsCount = i2 + chg2 - m.TheirsStart;
                regions[^1] = m;
                return;
            }
        }

        regions.Add(new MergeRegion
        {
            Kind = kind,
            BaseStart = i0,
            BaseCount = chg0,
            OursStart = i1,
            OursCount = chg1,
            TheirsStart = i2,
            TheirsCount = chg2,
        });
    }

    /// <summary>Narrows each conflict to the parts where ours and theirs differ, by diffing the two sides.</summary>
    private static void Refine(List<MergeRegion> regions, int[] ours, int[] theirs, DiffAlgorithm algorithm)
    {
        for (int r = 0; r < regions.Count; r++)
        {
            var m = regions[r];
            if (m.Kind != MergeRegionKind.Conflict || m.OursCount == 0 || m.TheirsCount == 0)
            {
                continue;
            }

            var script = Differ.Diff(
                ours.AsSpan(m.OursStart, m.OursCount).ToArray(),
                theirs.AsSpan(m.TheirsStart, m.TheirsCount).ToArray(),
                algorithm);
            if (script.Count == 0)
            {
                m.Kind = MergeRegionKind.Same;
                regions[r] = m;
                continue;
            }

            var pieces = new MergeRegion[script.Count];
            for (int k = 0; k < script.Count; k++)
            {
                // The base of a narrowed piece is not known; git does not show it in this style either.
                pieces[k] = m with
                {
                    OursStart = m.OursStart + script[k].StartA,
                    OursCount = script[k].CountA,
                    TheirsStart = m.TheirsStart + script[k].StartB,
                    TheirsCount = script[k].CountB,
                };
            }

            regions.RemoveAt(r);
            regions.InsertRange(r, pieces);
            r += pieces.Length - 1;
        }
    }

    /// <summary>Joins two conflicts when at most three lines, or only lines without a letter or digit, stand between them.</summary>
    private static void SimplifyNonConflicts(List<MergeRegion> regions, Func<int, bool>? oursHasAlnum)
    {
        int r = 0;
        while (r + 1 < regions.Count)
        {
            var m = regions[r];
            var next = regions[r + 1];
            int begin = m.OursStart + m.OursCount;
            int end = next.OursStart;
            bool keepApart = m.Kind != MergeRegionKind.Conflict || next.Kind != MergeRegionKind.Conflict ||
                (end - begin > 3 && (oursHasAlnum is null || AnyAlnum(oursHasAlnum, begin, end)));
            if (keepApart)
            {
                r++;
                continue;
            }

            m.OursCount = next.OursStart + next.OursCount - m.OursStart;
            m.TheirsCount = next.TheirsStart + next.TheirsCount - m.TheirsStart;
            regions[r] = m;
            regions.RemoveAt(r + 1);
        }
    }

    private static bool AnyAlnum(Func<int, bool> hasAlnum, int begin, int end)
    {
        for (int i = begin; i < end; i++)
        {
            if (hasAlnum(i))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>zdiff3: lines that open or close both sides of a conflict alike are moved out of it.</summary>
    private static void TrimCommonEnds(List<MergeRegion> regions, int[] ours, int[] theirs)
    {
        for (int r = 0; r < regions.Count; r++)
        {
            var m = regions[r];
            if (m.Kind != MergeRegionKind.Conflict)
            {
                continue;
            }

            while (m.OursCount > 0 && m.TheirsCount > 0 && ours[m.OursStart] == theirs[m.TheirsStart])
            {
                m.OursStart++;
                m.TheirsStart++;
                m.OursCount--;
                m.TheirsCount--;
            }

            while (m.OursCount > 0 && m.TheirsCount > 0 &&
                ours[m.OursStart + m.OursCount - 1] == theirs[m.TheirsStart + m.TheirsCount - 1])
            {
                m.OursCount--;
                m.TheirsCount--;
            }

            regions[r] = m;
        }
    }
}

/// <summary>When one side changed nothing, git returns the other side unchanged, byte for byte.</summary>
internal enum MergeShortcut
{
    None,
    TakeOurs,
    TakeTheirs,
}
