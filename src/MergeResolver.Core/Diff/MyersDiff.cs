namespace MergeResolver.Diff;

/// <summary>
/// Myers' bidirectional O(ND) diff with the refinements of git's xdiff, reproduced so that
/// the chosen edit script is the one git chooses: common ends trimmed, elements with no match
/// on the other side discarded before the search (and frequent ones when they sit among such),
/// and the search cut short by xdiff's snake and cost heuristics.
/// </summary>
internal static class MyersDiff
{
    private const int MaxCostMin = 256;
    private const int HeuristicMinCost = 256;
    private const int SnakeCount = 20;
    private const int HeuristicFactor = 4;
    private const int MaxEqualLimit = 1024;
    private const int SimilarScanWindow = 100;
    private const int KeepDiscardedRun = 4;

    public static void Mark(DiffFile a, DiffFile b)
    {
        var (start, endA, endB) = TrimEnds(a.Ids, b.Ids);
        var keptA = Cleanup(a, b, start, endA);
        var keptB = Cleanup(b, a, start, endB);

        var ha = new int[keptA.Count];
        var hb = new int[keptB.Count];
        for (int i = 0; i < ha.Length; i++)
        {
            ha[i] = a.Ids[keptA[i]];
        }

        for (int i = 0; i < hb.Length; i++)
        {
            hb[i] = b.Ids[keptB[i]];
        }

        new Search(ha, hb, keptA, keptB, a, b).Run();
    }

    /// <summary>Returns the first index that differs and the last index (inclusive) of each side before the common suffix.</summary>
    private static (int Start, int EndA, int EndB) TrimEnds(int[] a, int[] b)
    {
        int lim = Math.Min(a.Length, b.Length);
        int i = 0;
        while (i < lim && a[i] == b[i])
        {
            i++;
        }

        int start = i;
        lim -= start;
        int j = 0;
        while (j < lim && a[a.Length - 1 - j] == b[b.Length - 1 - j])
        {
            j++;
        }

        return (start, a.Length - j - 1, b.Length - j - 1);
    }

    /// <summary>
    /// xdiff's record cleanup: an element with no match on the other side is changed for sure,
    /// and one with many matches is dropped when it sits in a run of such elements; both are
    /// left out of the search. Returns the indices kept.
    /// </summary>
    private static List<int> Cleanup(DiffFile self, DiffFile other, int start, int end)
    {
        var counts = new Dictionary<int, int>();
        foreach (var id in other.Ids)
        {
            counts[id] = (counts.TryGetValue(id, out int c) ? c : 0) + 1;
        }

        int limit = Math.Min(BogoSqrt(self.Count), MaxEqualLimit);
        var dis = new byte[self.Count + 1];
        for (int i = start; i <= end; i++)
        {
            int n = counts.TryGetValue(self.Ids[i], out int found) ? found : 0;
            dis[i] = n == 0 ? (byte)0 : n >= limit ? (byte)2 : (byte)1;
        }

        var kept = new List<int>(Math.Max(0, end - start + 1));
        for (int i = start; i <= end; i++)
        {
            if (dis[i] == 1 || (dis[i] == 2 && !IsDiscardableMultiMatch(dis, i, start, end)))
            {
                kept.Add(i);
            }
            else
            {
                self.Changed(i) = true;
            }
        }

        return kept;
    }

    private static bool IsDiscardableMultiMatch(byte[] dis, int i, int s, int e)
    {
        if (i - s > SimilarScanWindow)
        {
            s = i - SimilarScanWindow;
        }

        if (e - i > SimilarScanWindow)
        {
            e = i + SimilarScanWindow;
        }

        int noMatchBefore = 0, multiBefore = 1;
        for (int r = 1; i - r >= s; r++)
        {
            if (dis[i - r] == 0)
            {
                noMatchBefore++;
            }
            else if (dis[i - r] == 2)
            {
                multiBefore++;
            }
            else
            {
                break;
            }
        }

        if (noMatchBefore == 0)
        {
            return false;
        }

        int noMatchAfter = 0, multiAfter = 1;
        for (int r = 1; i + r <= e; r++)
        {
            if (dis[i + r] == 0)
            {
                noMatchAfter++;
            }
            else if (dis[i + r] == 2)
            {
                multiAfter++;
            }
            else
            {
                break;
            }
        }

        if (noMatchAfter == 0)
        {
            return false;
        }

        int noMatch = noMatchAfter + noMatchBefore;
        int multi = multiAfter + multiBefore;
        return multi * KeepDiscardedRun < multi + noMatch;
    }

    internal static int BogoSqrt(int n)
    {
        int i = 1;
        for (; n > 0; n >>= 2)
        {
            i <<= 1;
        }

        return i;
    }

    /// <summary>The divide-and-conquer search over the kept elements.</summary>
    private sealed class Search
    {
        private readonly int[] _a;
        private readonly int[] _b;
        private readonly List<int> _indexA;
        private readonly List<int> _indexB;
        private readonly DiffFile _fileA;
        private readonly DiffFile _fileB;
        private readonly long[] _kvdf;
        private readonly long[] _kvdb;
        private readonly int _offset;
        private readonly long _maxCost;

        public Search(int[] a, int[] b, List<int> indexA, List<int> indexB, DiffFile fileA, DiffFile fileB)
        {
            _a = a;
            _b = b;
            _indexA = indexA;
            _indexB = indexB;
            _fileA = fileA;
            _fileB = fileB;
            int diagonals = a.Length + b.Length + 3;
            _kvdf = new long[diagonals + 1];
            _kvdb = new long[diagonals + 1];
            _offset = b.Length + 1;
            _maxCost = Math.Max(BogoSqrt(diagonals), MaxCostMin);
        }

        public void Run()
        {
            // Explicit stack instead of recursion: the boxes are independent, and deep inputs must not overflow.
            var boxes = new Stack<(int Off1, int Lim1, int Off2, int Lim2, bool NeedMin)>();
            boxes.Push((0, _a.Length, 0, _b.Length, false));
            while (boxes.Count > 0)
            {
                var (off1, lim1, off2, lim2, needMin) = boxes.Pop();
                while (off1 < lim1 && off2 < lim2 && _a[off1] == _b[off2])
                {
                    off1++;
                    off2++;
                }

                while (off1 < lim1 && off2 < lim2 && _a[lim1 - 1] == _b[lim2 - 1])
                {
                    lim1--;
                    lim2--;
                }

                if (off1 == lim1)
                {
                    for (; off2 < lim2; off2++)
                    {
                        _fileB.Changed(_indexB[off2]) = true;
                    }
                }
                else if (off2 == lim2)
                {
                    for (; off1 < lim1; off1++)
                    {
                        _fileA.Changed(_indexA[off1]) = true;
                    }
                }
                else
                {
                    var split = Split(off1, lim1, off2, lim2, needMin);
                    boxes.Push((split.I1, lim1, split.I2, lim2, split.MinHigh));
                    boxes.Push((off1, split.I1, off2, split.I2, split.MinLow));
                }
            }
        }

        private ref long F(long d) => ref _kvdf[d + _offset];

        private ref long B(long d) => ref _kvdb[d + _offset];

        private (int I1, int I2, bool MinLow, bool MinHigh) Split(int off1, int lim1, int off2, int lim2, bool needMin)
        {
            long dmin = off1 - lim2, dmax = lim1 - off2;
            long fmid = off1 - off2, bmid = lim1 - lim2;
            bool odd = ((fmid - bmid) & 1) != 0;
            long fmin = fmid, fmax = fmid;
            long bmin = bmid, bmax = bmid;

            F(fmid) = off1;
            B(bmid) = lim1;

            for (long ec = 1; ; ec++)
            {
                bool gotSnake = false;

                if (fmin > dmin)
                {
                    F(--fmin - 1) = -1;
                }
                else
                {
                    ++fmin;
                }

                if (fmax < dmax)
                {
                    F(++fmax + 1) = -1;
                }
                else
                {
                    --fmax;
                }

                for (long d = fmax; d >= fmin; d -= 2)
                {
                    long i1 = F(d - 1) >= F(d + 1) ? F(d - 1) + 1 : F(d + 1);
                    long prev1 = i1;
                    long i2 = i1 - d;
                    while (i1 < lim1 && i2 < lim2 && _a[i1] == _b[i2])
                    {
                        i1++;
                        i2++;
                    }

                    if (i1 - prev1 > SnakeCount)
                    {
                        gotSnake = true;
                    }

                    F(d) = i1;
                    if (odd && bmin <= d && d <= bmax && B(d) <= i1)
                    {
                        return ((int)i1, (int)i2, true, true);
                    }
                }

                if (bmin > dmin)
                {
                    B(--bmin - 1) = long.MaxValue;
                }
                else
                {
                    ++bmin;
                }

                if (bmax < dmax)
                {
                    B(++bmax + 1) = long.MaxValue;
                }
                else
                {
                    --bmax;
                }

                for (long d = bmax; d >= bmin; d -= 2)
                {
                    long i1 = B(d - 1) < B(d + 1) ? B(d - 1) : B(d + 1) - 1;
                    long prev1 = i1;
                    long i2 = i1 - d;
                    while (i1 > off1 && i2 > off2 && _a[i1 - 1] == _b[i2 - 1])
                    {
                        i1--;
                        i2--;
                    }

                    if (prev1 - i1 > SnakeCount)
                    {
                        gotSnake = true;
                    }

                    B(d) = i1;
                    if (!odd && fmin <= d && d <= fmax && i1 <= F(d))
                    {
                        return ((int)i1, (int)i2, true, true);
                    }
                }

                if (needMin)
                {
                    continue;
                }

                // Past the trigger cost, a diagonal that reached far along a long snake is taken
                // as the split: suboptimal, but bounded, exactly as xdiff does.
                if (gotSnake && ec > HeuristicMinCost)
                {
                    long best = 0;
                    (int, int) at = default;
                    for (long d = fmax; d >= fmin; d -= 2)
                    {
                        long dd = d > fmid ? d - fmid : fmid - d;
                        long i1 = F(d);
                        long i2 = i1 - d;
                        long v = (i1 - off1) + (i2 - off2) - dd;
                        if (v > HeuristicFactor * ec && v > best &&
                            off1 + SnakeCount <= i1 && i1 < lim1 &&
                            off2 + SnakeCount <= i2 && i2 < lim2)
                        {
                            for (int k = 1; _a[i1 - k] == _b[i2 - k]; k++)
                            {
                                if (k == SnakeCount)
                                {
                                    best = v;
                                    at = ((int)i1, (int)i2);
                                    break;
                                }
                            }
                        }
                    }

                    if (best > 0)
                    {
                        return (at.Item1, at.Item2, true, false);
                    }

                    best = 0;
                    for (long d = bmax; d >= bmin; d -= 2)
                    {
                        long dd = d > bmid ? d - bmid : bmid - d;
                        long i1 = B(d);
                        long i2 = i1 - d;
                        long v = (lim1 - i1) + (lim2 - i2) - dd;
                        if (v > HeuristicFactor * ec && v > best &&
                            off1 < i1 && i1 <= lim1 - SnakeCount &&
                            off2 < i2 && i2 <= lim2 - SnakeCount)
                        {
                            for (int k = 0; _a[i1 + k] == _b[i2 + k]; k++)
                            {
                                if (k == SnakeCount - 1)
                                {
                                    best = v;
                                    at = ((int)i1, (int)i2);
                                    break;
                                }
                            }
                        }
                    }

                    if (best > 0)
                    {
                        return (at.Item1, at.Item2, false, true);
                    }
                }

                if (ec >= _maxCost)
                {
                    long fbest = -1, fbest1 = -1;
                    for (long d = fmax; d >= fmin; d -= 2)
                    {
                        long i1 = Math.Min(F(d), lim1);
                        long i2 = i1 - d;
                        if (lim2 < i2)
                        {
                            i1 = lim2 + d;
                            i2 = lim2;
                        }

                        if (fbest < i1 + i2)
                        {
                            fbest = i1 + i2;
                            fbest1 = i1;
                        }
                    }

                    long bbest = long.MaxValue, bbest1 = long.MaxValue;
                    for (long d = bmax; d >= bmin; d -= 2)
                    {
                        long i1 = Math.Max(off1, B(d));
                        long i2 = i1 - d;
                        if (i2 < off2)
                        {
                            i1 = off2 + d;
                            i2 = off2;
                        }

                        if (i1 + i2 < bbest)
                        {
                            bbest = i1 + i2;
                            bbest1 = i1;
                        }
                    }

                    if ((lim1 + lim2) - bbest < fbest - (off1 + off2))
                    {
                        return ((int)fbest1, (int)(fbest - fbest1), true, false);
                    }

                    return ((int)bbest1, (int)(bbest - bbest1), false, true);
                }
            }
        }
    }
}
