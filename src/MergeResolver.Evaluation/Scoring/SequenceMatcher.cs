namespace MergeResolver.Evaluation;

/// <summary>
/// The matching blocks of Python's difflib.SequenceMatcher with autojunk off and no junk, which the
/// reference scorer aligns documents with; reproduced so that both align the same way.
/// </summary>
internal static class SequenceMatcher
{
    public static List<(int A, int B, int Size)> MatchingBlocks(int[] a, int[] b)
    {
        var b2j = new Dictionary<int, List<int>>();
        for (int j = 0; j < b.Length; j++)
        {
            if (!b2j.TryGetValue(b[j], out var list))
            {
                b2j[b[j]] = list = [];
            }

            list.Add(j);
        }

        var blocks = new List<(int A, int B, int Size)>();
        var queue = new Stack<(int, int, int, int)>();
        queue.Push((0, a.Length, 0, b.Length));
        while (queue.Count > 0)
        {
            var (alo, ahi, blo, bhi) = queue.Pop();
            var (i, j, k) = LongestMatch(a, b, b2j, alo, ahi, blo, bhi);
            if (k == 0)
            {
                continue;
            }

            blocks.Add((i, j, k));
            if (alo < i && blo < j)
            {
                queue.Push((alo, i, blo, j));
            }

            if (i + k < ahi && j + k < bhi)
            {
                queue.Push((i + k, ahi, j + k, bhi));
            }
        }

        blocks.Sort();
        var merged = new List<(int A, int B, int Size)>();
        int i1 = 0, j1 = 0, k1 = 0;
        foreach (var (i2, j2, k2) in blocks)
        {
            if (i1 + k1 == i2 && j1 + k1 == j2)
            {
                k1 += k2;
            }
            else
            {
                if (k1 > 0)
                {
                    merged.Add((i1, j1, k1));
                }

                (i1, j1, k1) = (i2, j2, k2);
            }
        }

        if (k1 > 0)
        {
            merged.Add((i1, j1, k1));
        }

        return merged;
    }

    private static (int I, int J, int K) LongestMatch(int[] a, int[] b, Dictionary<int, List<int>> b2j, int alo, int ahi, int blo, int bhi)
    {
        int besti = alo, bestj = blo, bestsize = 0;
        var j2len = new Dictionary<int, int>();
        var next = new Dictionary<int, int>();
        for (int i = alo; i < ahi; i++)
        {
            next.Clear();
            if (b2j.TryGetValue(a[i], out var js))
            {
                foreach (int j in js)
                {
                    if (j < blo)
                    {
                        continue;
                    }

                    if (j >= bhi)
                    {
                        break;
                    }

                    int k = j2len.GetValueOrDefault(j - 1) + 1;
                    next[j] = k;
                    if (k > bestsize)
                    {
                        (besti, bestj, bestsize) = (i - k + 1, j - k + 1, k);
                    }
                }
            }

            (j2len, next) = (next, j2len);
        }

        while (besti > alo && bestj > blo && a[besti - 1] == b[bestj - 1])
        {
            besti--;
            bestj--;
            bestsize++;
        }

        while (besti + bestsize < ahi && bestj + bestsize < bhi && a[besti + bestsize] == b[bestj + bestsize])
        {
            bestsize++;
        }

        return (besti, bestj, bestsize);
    }
}
