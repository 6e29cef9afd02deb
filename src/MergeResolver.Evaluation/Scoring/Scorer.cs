using MergeResolver.Merge;

namespace MergeResolver.Evaluation;

/// <summary>
/// The scoring protocol of shared/data/README.md, a port of the reference scorer (shared/tools/score.py):
/// hunks of git's diff3 merge (joined where only punctuation lines part them) are anchored in the
/// committed file and in the tool's output by the clean lines around them, and the regions compared
/// word by word.
/// </summary>
internal static class Scorer
{
    private const int AnchorLines = 3;
    private const int ParseMarker = 41;
    // A fresh instance, told apart by reference from any line of the output that reads the same.
    private static readonly string LeftConflict = new("\0 a conflict the tool left".AsSpan());

    private static readonly ConflictMarkers GitMarkers = new() { Size = ParseMarker };

    /// <summary>Scores <paramref name="output"/> (null: the tool left every conflict) against the record's committed file.</summary>
    public static (List<ScoredHunk> Hunks, bool MarkersLeft) Score(MergeRecord record, string? output)
    {
        var git = ConflictRenderer.Render(LineMerger.Merge(record.Base, record.Ours, record.Theirs).Chunks, GitMarkers);
        var segments = Units(Split(git));
        var (template, holes) = Template(segments);
        var conflicts = segments.OfType<Conflict>().ToList();
        var context = Context(segments);

        var merged = PythonText.SplitLines(record.Merged ?? string.Empty);
        var ids = new Dictionary<string, int>(StringComparer.Ordinal);
        var templateIds = template.Select(k => k is null ? -1 : Id(ids, k)).ToArray();
        for (int h = 0; h < holes.Count; h++)
        {
            templateIds[holes[h]] = -1 - h;
        }

        var truthAt = Regions(template, templateIds, holes, merged.Select(l => Id(ids, PythonText.RStrip(l))).ToArray());

        List<string>? outLines = output is null ? null : CollapseMarkers(PythonText.SplitLines(output));
        var outAt = outLines is null ? null : Regions(template, templateIds, holes, outLines.Select(l => Id(ids, PythonText.RStrip(l))).ToArray());

        var hunks = new List<ScoredHunk>();
        for (int i = 0; i < conflicts.Count; i++)
        {
            var c = conflicts[i];
            if (truthAt[i] is not var (tlo, thi))
            {
                hunks.Add(new ScoredHunk(i, c.Ours, c.Base, c.Theirs, null, null, HunkStatus.Unanchored, false) { Before = context[i].Before, After = context[i].After, GitHunks = c.GitHunks });
                continue;
            }

            var truth = merged.GetRange(tlo, thi - tlo);
            var cls = Classify(truth, c.Ours, c.Base, c.Theirs);
            HunkStatus status;
            bool strict = false;
            if (outLines is null)
            {
                status = HunkStatus.Abstained;
            }
            else if (outAt![i] is not var (olo, ohi))
            {
                status = HunkStatus.Wrong;
            }
            else
            {
                var got = outLines.GetRange(olo, ohi - olo);
                if (got.Any(l => ReferenceEquals(l, LeftConflict)))
                {
                    status = HunkStatus.Abstained;
                }
                else if (PythonText.Words(got).SequenceEqual(PythonText.Words(truth)))
                {
                    status = HunkStatus.Correct;
                    strict = Strict(got).SequenceEqual(Strict(truth));
                }
                else
                {
                    status = HunkStatus.Wrong;
                }
            }

            hunks.Add(new ScoredHunk(i, c.Ours, c.Base, c.Theirs, truth, cls, status, strict) { Before = context[i].Before, After = context[i].After, GitHunks = c.GitHunks });
        }

        bool markersLeft = outLines is null || outLines.Any(l => ReferenceEquals(l, LeftConflict));
        return (hunks, markersLeft);
    }

    /// <summary>Whether two resolutions are the same as the protocol compares them: word by word.</summary>
    public static bool SameWords(IEnumerable<string> a, IEnumerable<string> b) => PythonText.Words(a).SequenceEqual(PythonText.Words(b));

    private static int Id(Dictionary<string, int> ids, string key)
    {
        if (!ids.TryGetValue(key, out int id))
        {
            id = ids.Count;
            ids.Add(key, id);
        }

        return id;
    }

    private abstract record Segment;

    private sealed record Stable(List<string> Lines) : Segment;

    private sealed record Conflict(List<string> Ours, List<string> Base, List<string> Theirs) : Segment
    {
        public List<int> GitHunks { get; init; } = [];
    }

    private static List<Segment> Split(string gitOutput)
    {
        string start = new('<', ParseMarker), midBase = new('|', ParseMarker), mid = new('=', ParseMarker), end = new('>', ParseMarker);
        var segments = new List<Segment>();
        var stable = new List<string>();
        string? state = null;
        List<string> ours = [], bas = [], theirs = [];
        foreach (var line in PythonText.SplitLines(gitOutput))
        {
            var k = PythonText.RStrip(line);
            if (state is null && k.StartsWith(start + " ", StringComparison.Ordinal))
            {
                segments.Add(new Stable(stable));
                stable = [];
                state = "ours";
                (ours, bas, theirs) = ([], [], []);
            }
            else if (state == "ours" && k.StartsWith(midBase + " ", StringComparison.Ordinal))
            {
                state = "base";
            }
            else if (state is "ours" or "base" && k == mid)
            {
                state = "theirs";
            }
            else if (state == "theirs" && k.StartsWith(end + " ", StringComparison.Ordinal))
            {
                segments.Add(new Conflict(ours, bas, theirs) { GitHunks = [segments.OfType<Conflict>().Count()] });
                state = null;
            }
            else if (state is null)
            {
                stable.Add(line);
            }
            else
            {
                (state == "ours" ? ours : state == "base" ? bas : theirs).Add(line);
            }
        }

        segments.Add(new Stable(stable));
        return segments;
    }

    /// <summary>Lines of clean text on each side of a hunk that the featurizer reads.</summary>
    private const int ContextLines = 5;

    /// <summary>For each conflict, the last clean lines before it and the first after it.</summary>
    private static List<(List<string> Before, List<string> After)> Context(List<Segment> segments)
    {
        var result = new List<(List<string>, List<string>)>();
        for (int k = 0; k < segments.Count; k++)
        {
            if (segments[k] is Conflict)
            {
                var before = k > 0 && segments[k - 1] is Stable b ? b.Lines : [];
                var after = k + 1 < segments.Count && segments[k + 1] is Stable a ? a.Lines : [];
                result.Add((before.Skip(Math.Max(0, before.Count - ContextLines)).ToList(), after.Take(ContextLines).ToList()));
            }
        }

        return result;
    }

    private static List<Segment> Units(List<Segment> segments)
    {
        var result = new List<Segment>();
        foreach (var segment in segments)
        {
            var seg = segment;
            if (seg is Conflict c && result.Count >= 2 && result[^2] is Conflict prev &&
                result[^1] is Stable sep && !sep.Lines.Any(PythonText.HasWordChar))
            {
                result.RemoveRange(result.Count - 2, 2);
                seg = new Conflict([.. prev.Ours, .. sep.Lines, .. c.Ours], [.. prev.Base, .. sep.Lines, .. c.Base], [.. prev.Theirs, .. sep.Lines, .. c.Theirs])
                {
                    GitHunks = [.. prev.GitHunks, .. c.GitHunks],
                };
            }

            result.Add(seg);
        }

        return result;
    }

    /// <summary>git's clean lines (keys), with null standing for each conflict; and where those are.</summary>
    private static (List<string?> Template, List<int> Holes) Template(List<Segment> segments)
    {
        var template = new List<string?>();
        var holes = new List<int>();
        foreach (var seg in segments)
        {
            if (seg is Stable s)
            {
                template.AddRange(s.Lines.Select(PythonText.RStrip));
            }
            else
            {
                holes.Add(template.Count);
                template.Add(null);
            }
        }

        return (template, holes);
    }

    private static (int Lo, int Hi)?[] Regions(List<string?> t, int[] tIds, List<int> holes, int[] doc)
    {
        var at = new Dictionary<int, int>();
        foreach (var (a, b, n) in SequenceMatcher.MatchingBlocks(tIds, doc))
        {
            for (int k = 0; k < n; k++)
            {
                at[a + k] = b + k;
            }
        }

        bool Word(int j) => t[j] is { } s && PythonText.HasWordChar(s);

        var result = new (int, int)?[holes.Count];
        for (int i = 0; i < holes.Count; i++)
        {
            int h = holes[i];
            int prevHole = i > 0 ? holes[i - 1] : -1;
            int nextHole = i + 1 < holes.Count ? holes[i + 1] : t.Count;
            int loB = Math.Max(prevHole + 1, h - AnchorLines);
            while (loB > prevHole + 1 && !Enumerable.Range(loB, h - loB).Any(Word))
            {
                loB--;
            }

            int hiA = Math.Min(nextHole, h + 1 + AnchorLines);
            while (hiA < nextHole && !Enumerable.Range(h + 1, hiA - h - 1).Any(Word))
            {
                hiA++;
            }

            var before = Enumerable.Range(loB, h - loB).ToList();
            var after = Enumerable.Range(h + 1, hiA - h - 1).ToList();
            int lo, hi;
            if (before.Count > 0)
            {
                if (!Anchored(before, at, Word))
                {
                    continue;
                }

                lo = at[before[^1]] + 1;
            }
            else if (h == 0)
            {
                lo = 0;
            }
            else
            {
                continue;
            }

            if (after.Count > 0)
            {
                if (!Anchored(after, at, Word))
                {
                    continue;
                }

                hi = at[after[0]];
            }
            else if (h == t.Count - 1)
            {
                hi = doc.Length;
            }
            else
            {
                continue;
            }

            if (lo <= hi)
            {
                result[i] = (lo, hi);
            }
        }

        return result;
    }

    private static bool Anchored(List<int> run, Dictionary<int, int> at, Func<int, bool> word)
    {
        if (!run.All(at.ContainsKey) || !run.Any(word))
        {
            return false;
        }

        for (int k = 0; k + 1 < run.Count; k++)
        {
            if (at[run[k] + 1] != at[run[k]] + 1)
            {
                return false;
            }
        }

        return true;
    }

    private static List<string> CollapseMarkers(List<string> lines)
    {
        var result = new List<string>();
        bool inside = false;
        foreach (var line in lines)
        {
            bool marker = IsMarkerLine(line);
            if (inside)
            {
                if (marker && line.StartsWith(">>>>>>>", StringComparison.Ordinal))
                {
                    inside = false;
                }

                continue;
            }

            if (marker)
            {
                result.Add(LeftConflict);
                inside = line.StartsWith("<<<<<<<", StringComparison.Ordinal);
                continue;
            }

            result.Add(line);
        }

        return result;
    }

    /// <summary>score.py's MARKER_LINE: seven of one marker character, then a space or the end of the string.</summary>
    private static bool IsMarkerLine(string line)
    {
        foreach (var c in "<>=|")
        {
            if (line.Length >= 7 && line.AsSpan(0, 7).IndexOfAnyExcept(c) < 0)
            {
                // Python's "$" also matches just before a final "\n".
                return line.Length == 7 || line[7] == ' ' || (line.Length == 8 && line[7] == '\n');
            }
        }

        return false;
    }

    private static List<string> Strict(List<string> lines)
    {
        var ls = lines.Select(PythonText.RStrip).ToList();
        while (ls.Count > 0 && ls[0].Length == 0)
        {
            ls.RemoveAt(0);
        }

        while (ls.Count > 0 && ls[^1].Length == 0)
        {
            ls.RemoveAt(ls.Count - 1);
        }

        return ls;
    }

    private static string Classify(List<string> res, List<string> ours, List<string> bas, List<string> theirs)
    {
        var r = PythonText.Words(res);
        bool Is(IEnumerable<string> x) => r.SequenceEqual(PythonText.Words(x));
        if (Is(ours) && Is(theirs))
        {
            return "ours=theirs";
        }

        foreach (var (name, cand) in new (string, IEnumerable<string>)[]
        {
            ("ours", ours), ("theirs", theirs), ("base", bas), ("ours+theirs", ours.Concat(theirs)), ("theirs+ours", theirs.Concat(ours)),
        })
        {
            if (Is(cand))
            {
                return name;
            }
        }

        if (r.Count == 0)
        {
            return "empty";
        }

        var pool = ours.Concat(bas).Concat(theirs).Select(l => PythonText.RStrip(l).Trim()).ToHashSet(StringComparer.Ordinal);
        return res.Select(l => PythonText.RStrip(l).Trim()).Where(l => l.Length > 0).All(pool.Contains) ? "lines-from-inputs" : "new-text";
    }
}
