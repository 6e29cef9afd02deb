namespace MergeResolver.Diff;

/// <summary>
/// The histogram diff of JGit as git's xdiff runs it: the longest common run of the rarest
/// element anchors the diff, each side of it is diffed again, and a region whose common elements
/// are all too frequent falls back to Myers. Positions are 1-based, as in xdiff, so that 0 can
/// mean "none".
/// </summary>
internal static class HistogramDiff
{
    private const int MaxChainLength = 64;

    public static void Mark(DiffFile a, DiffFile b)
    {
        int line1 = 1, count1 = a.Count, line2 = 1, count2 = b.Count;
        var pending = new Stack<(int, int, int, int)>();
        pending.Push((line1, count1, line2, count2));
        while (pending.Count > 0)
        {
            (line1, count1, line2, count2) = pending.Pop();
            if (count1 <= 0 && count2 <= 0)
            {
                continue;
            }

            if (count1 == 0)
            {
                MarkRange(b, line2, count2);
                continue;
            }

            if (count2 == 0)
            {
                MarkRange(a, line1, count1);
                continue;
            }

            var index = new Index(a, b, line1, count1, line2, count2);
            var lcs = index.FindLongestCommonRun(out bool fallBack);
            if (fallBack)
            {
                FallBackToMyers(a, b, line1, count1, line2, count2);
            }
            else if (lcs.Begin1 == 0 && lcs.Begin2 == 0)
            {
                MarkRange(a, line1, count1);
                MarkRange(b, line2, count2);
            }
            else
            {
                int end1 = line1 + count1 - 1, end2 = line2 + count2 - 1;
                pending.Push((lcs.End1 + 1, end1 - lcs.End1, lcs.End2 + 1, end2 - lcs.End2));
                pending.Push((line1, lcs.Begin1 - line1, line2, lcs.Begin2 - line2));
            }
        }
    }

    private static void MarkRange(DiffFile file, int line, int count)
    {
        for (int i = 0; i < count; i++)
        {
            file.Changed(line - 1 + i) = true;
        }
    }

    /// <summary>xdiff diffs the region again as two whole files with Myers and copies the marks back.</summary>
    private static void FallBackToMyers(DiffFile a, DiffFile b, int line1, int count1, int line2, int count2)
    {
        var subA = new DiffFile(a.Ids.AsSpan(line1 - 1, count1).ToArray());
        var subB = new DiffFile(b.Ids.AsSpan(line2 - 1, count2).ToArray());
        MyersDiff.Mark(subA, subB);
        for (int i = 0; i < count1; i++)
        {
            a.Changed(line1 - 1 + i) = subA.Changed(i);
        }

        for (int i = 0; i < count2; i++)
        {
            b.Changed(line2 - 1 + i) = subB.Changed(i);
        }
    }

    private struct Region
    {
        public int Begin1;
        public int End1;
        public int Begin2;
        public int End2;
    }

    private sealed class Record
    {
        public int Ptr;
        public int Count;
    }

    private sealed class Index
    {
        private readonly DiffFile _a;
        private readonly DiffFile _b;
        private readonly int _line1;
        private readonly int _end1;
        private readonly int _line2;
        private readonly int _end2;
        private readonly Dictionary<int, Record> _records = new();
        private readonly Record[] _lineMap;
        private readonly int[] _nextPtrs;
        private int _count;
        private bool _hasCommon;

        public Index(DiffFile a, DiffFile b, int line1, int count1, int line2, int count2)
        {
            _a = a;
            _b = b;
            _line1 = line1;
            _end1 = line1 + count1 - 1;
            _line2 = line2;
            _end2 = line2 + count2 - 1;
            _lineMap = new Record[count1];
            _nextPtrs = new int[count1];

            for (int ptr = _end1; ptr >= _line1; ptr--)
            {
                int id = A(ptr);
                if (_records.TryGetValue(id, out var rec))
                {
                    NextPtr(ptr) = rec.Ptr;
                    rec.Ptr = ptr;
                    rec.Count++;
                }
                else
                {
                    rec = new Record { Ptr = ptr, Count = 1 };
                    _records.Add(id, rec);
                }

                _lineMap[ptr - _line1] = rec;
            }
        }

        private int A(int line) => _a.Ids[line - 1];

        private int B(int line) => _b.Ids[line - 1];

        private ref int NextPtr(int ptr) => ref _nextPtrs[ptr - _line1];

        private int CountAt(int ptr) => _lineMap[ptr - _line1].Count;

        public Region FindLongestCommonRun(out bool fallBack)
        {
            var lcs = default(Region);
            _count = MaxChainLength + 1;
            for (int bPtr = _line2; bPtr <= _end2;)
            {
                bPtr = TryRun(ref lcs, bPtr);
            }

            fallBack = _hasCommon && MaxChainLength < _count;
            return lcs;
        }

        private int TryRun(ref Region lcs, int bPtr)
        {
            int bNext = bPtr + 1;
            if (!_records.TryGetValue(B(bPtr), out var rec))
            {
                return bNext;
            }

            if (rec.Count > _count)
            {
                _hasCommon = true;
                return bNext;
            }

            _hasCommon = true;
            int aStart = rec.Ptr;
            while (true)
            {
                int np = NextPtr(aStart);
                int bs = bPtr, ae = aStart, be = bs, rc = rec.Count;

                while (_line1 < aStart && _line2 < bs && A(aStart - 1) == B(bs - 1))
                {
                    aStart--;
                    bs--;
                    if (1 < rc)
                    {
                        rc = Math.Min(rc, CountAt(aStart));
                    }
                }

                while (ae < _end1 && be < _end2 && A(ae + 1) == B(be + 1))
                {
                    ae++;
                    be++;
                    if (1 < rc)
                    {
                        rc = Math.Min(rc, CountAt(ae));
                    }
                }

                if (bNext <= be)
                {
                    bNext = be + 1;
                }

                if (lcs.End1 - lcs.Begin1 < ae - aStart || rc < _count)
                {
                    lcs = new Region { Begin1 = aStart, Begin2 = bs, End1 = ae, End2 = be };
                    _count = rc;
                }

                if (np == 0)
                {
                    break;
                }

                while (np <= ae)
                {
                    np = NextPtr(np);
                    if (np == 0)
                    {
                        return bNext;
                    }
                }

                aStart = np;
            }

            return bNext;
        }
    }
}
