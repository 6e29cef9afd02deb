using MergeResolver.Diff;
using System.Collections.Immutable;
using MergeResolver.Text;

namespace MergeResolver.Merge;

/// <summary>git's line-level three-way merge (<c>git merge-file</c>), reproduced line for line.</summary>
public static class LineMerger
{
    /// <summary>Merges the changes from <paramref name="baseText"/> to each side.</summary>
    public static LineMergeResult Merge(string baseText, string oursText, string theirsText, LineMergeOptions? options = null)
    {
        options ??= LineMergeOptions.Default;
        var baseLines = Lines.Split(baseText);
        var ours = Lines.Split(oursText);
        var theirs = Lines.Split(theirsText);

        var ids = new ElementIds();
        var baseIds = ids.Of(baseLines);
        var oursIds = ids.Of(ours);
        var theirsIds = ids.Of(theirs);

        var regions = Diff3.Merge(baseIds, oursIds, theirsIds, options.Style, options.Algorithm,
            i => HasAsciiAlnum(ours[i]), out var shortcut);
        if (shortcut != MergeShortcut.None)
        {
            var whole = shortcut == MergeShortcut.TakeOurs ? ours : theirs;
            return new LineMergeResult(whole.Length == 0 ? [] : [new CleanChunk([.. whole])]) { Inputs = (baseLines, ours, theirs), Algorithm = options.Algorithm };
        }

        var chunks = ImmutableArray.CreateBuilder<MergeChunk>();
        var clean = new List<string>();
        bool changed = false;
        int i = 0, oursChanged = 0, theirsChanged = 0;
        foreach (var m in regions)
        {
            if (m.Kind == MergeRegionKind.Same)
            {
                continue;
            }

            clean.AddRange(Slice(ours, i, m.OursStart - i));
            if (m.Kind == MergeRegionKind.Conflict)
            {
                Flush(chunks, clean, changed);
                changed = false;
                chunks.Add(new ConflictChunk(
                    [.. ours.AsSpan(m.OursStart, m.OursCount)],
                    [.. baseLines.AsSpan(m.BaseStart, m.BaseCount)],
                    [.. theirs.AsSpan(m.TheirsStart, m.TheirsCount)],
                    m.OursStart,
                    m.BaseStart,
                    m.TheirsStart)
                {
                    UsesCrLf = NeedsCr(ours, theirs, baseLines, m.OursStart, m.TheirsStart),
                });
            }
            else if (m.Kind == MergeRegionKind.Ours)
            {
                clean.AddRange(Slice(ours, m.OursStart, m.OursCount));
                changed = true;
                oursChanged += Math.Max(m.BaseCount, m.OursCount);
            }
            else
            {
                clean.AddRange(Slice(theirs, m.TheirsStart, m.TheirsCount));
                changed = true;
                theirsChanged += Math.Max(m.BaseCount, m.TheirsCount);
            }

            i = m.OursStart + m.OursCount;
        }

        clean.AddRange(Slice(ours, i));
        Flush(chunks, clean, changed);
        return new LineMergeResult(chunks.ToImmutable())
        {
            Inputs = (baseLines, ours, theirs),
            Algorithm = options.Algorithm,
            OneSidedChanges = (oursChanged, theirsChanged),
        };
    }

    /// <summary>
    /// A diff3 conflict of <paramref name="merge"/> redrawn as <paramref name="markers"/> ask: the
    /// clean lines and narrower conflicts git's merge or zdiff3 style would show in its place.
    /// </summary>
    public static IEnumerable<MergeChunk> Restyle(LineMergeResult merge, ConflictChunk conflict, ConflictMarkers markers)
    {
        var style = markers.Style;
        if (style == ConflictStyle.Diff3)
        {
            return [conflict];
        }

        var ours = conflict.Ours.ToArray();
        var theirs = conflict.Theirs.ToArray();
        var ids = new ElementIds();
        var oursIds = ids.Of(ours);
        var theirsIds = ids.Of(theirs);
        var whole = new MergeRegion
        {
            Kind = MergeRegionKind.Conflict,
            BaseStart = 0,
            BaseCount = conflict.Base.Length,
            OursStart = 0,
            OursCount = ours.Length,
            TheirsStart = 0,
            TheirsCount = theirs.Length,
        };

        var chunks = new List<MergeChunk>();
        var clean = new List<string>();
        int i = 0;
        Func<int, bool>? hasAlnum = markers.JoinAcrossPunctuationLines ? k => HasAsciiAlnum(ours[k]) : null;
        foreach (var m in Diff3.Restyle(whole, oursIds, theirsIds, style, merge.Algorithm, hasAlnum))
        {
            clean.AddRange(Slice(ours, i, m.OursStart - i));
            if (clean.Count > 0)
            {
                chunks.Add(new CleanChunk([.. clean]));
                clean.Clear();
            }

            if (m.Kind == MergeRegionKind.Same)
            {
                // Both sides made the same change here: in git a change of its own, which keeps conflicts apart.
                chunks.Add(new CleanChunk([.. Slice(ours, m.OursStart, m.OursCount)]) { HasOneSidedChanges = true });
                i = m.OursStart + m.OursCount;
                continue;
            }

            var (baseFile, oursFile, theirsFile) = merge.Inputs;
            int oursStart = conflict.OursStart + m.OursStart, theirsStart = conflict.TheirsStart + m.TheirsStart;
            chunks.Add(conflict with
            {
                Ours = [.. ours.AsSpan(m.OursStart, m.OursCount)],
                Theirs = [.. theirs.AsSpan(m.TheirsStart, m.TheirsCount)],
                OursStart = oursStart,
                TheirsStart = theirsStart,
                UsesCrLf = NeedsCr(oursFile, theirsFile, baseFile, oursStart, theirsStart),
            });
            i = m.OursStart + m.OursCount;
        }

        clean.AddRange(Slice(ours, i));
        if (clean.Count > 0)
        {
            chunks.Add(new CleanChunk([.. clean]));
        }

        return chunks;
    }

    /// <summary>A range of lines, without copying them.</summary>
    private static ArraySegment<string> Slice(string[] lines, int start, int count) => new(lines, start, count);

    private static ArraySegment<string> Slice(string[] lines, int start) => new(lines, start, lines.Length - start);

    private static void Flush(ImmutableArray<MergeChunk>.Builder chunks, List<string> clean, bool changed)
    {
        if (clean.Count > 0)
        {
            chunks.Add(new CleanChunk([.. clean]) { HasOneSidedChanges = changed });
            clean.Clear();
        }
    }

    /// <summary>
    /// git's last step in the merge style: two conflicts with only unchanged lines between them, at
    /// most three (or, with <paramref name="acrossPunctuation"/>, none with a letter or digit), become
    /// one conflict holding those lines on both sides. Chunks of any other kind keep conflicts apart.
    /// </summary>
    public static List<MergeChunk> JoinCloseConflicts(IEnumerable<MergeChunk> chunks, bool acrossPunctuation)
    {
        var result = new List<MergeChunk>();
        foreach (var chunk in chunks)
        {
            if (chunk is CleanChunk next && result.Count > 0 && result[^1] is CleanChunk previous)
            {
                result[^1] = new CleanChunk([.. previous.Lines, .. next.Lines]) { HasOneSidedChanges = previous.HasOneSidedChanges || next.HasOneSidedChanges };
                continue;
            }

            if (chunk is ConflictChunk b && result.Count >= 2 && result[^1] is CleanChunk between && result[^2] is ConflictChunk a &&
                !between.HasOneSidedChanges && (between.Lines.Length <= 3 || (acrossPunctuation && !between.Lines.Any(HasAsciiAlnum))))
            {
                result.RemoveRange(result.Count - 2, 2);
                result.Add(a with
                {
                    Ours = [.. a.Ours, .. between.Lines, .. b.Ours],
                    Base = [.. a.Base, .. between.Lines, .. b.Base],
                    Theirs = [.. a.Theirs, .. between.Lines, .. b.Theirs],
                });
                continue;
            }

            result.Add(chunk);
        }

        return result;
    }

    /// <summary>git's isalnum is ASCII-only, whatever the locale.</summary>
    internal static bool HasAsciiAlnum(string line)
    {
        foreach (char c in line)
        {
            if (c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9'))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// git's rule: markers end in CRLF when the lines before the conflict on both sides do, and
    /// the base's first line does too; -1 ("cannot tell") counts as yes until the end.
    /// </summary>
    private static bool NeedsCr(string[] ours, string[] theirs, string[] baseLines, int oursStart, int theirsStart)
    {
        int needsCr = IsEolCrLf(ours, oursStart > 0 ? oursStart - 1 : 0);
        if (needsCr != 0)
        {
            needsCr = IsEolCrLf(theirs, theirsStart > 0 ? theirsStart - 1 : 0);
        }

        if (needsCr != 0)
        {
            needsCr = IsEolCrLf(baseLines, 0);
        }

        return needsCr > 0;
    }

    private static int IsEolCrLf(string[] lines, int i)
    {
        if (i < lines.Length - 1)
        {
            return Lines.EndsWithCrLf(lines[i]) ? 1 : 0;
        }

        if (lines.Length == 0)
        {
            return -1;
        }

        if (lines[i].EndsWith("\n", StringComparison.Ordinal))
        {
            return Lines.EndsWithCrLf(lines[i]) ? 1 : 0;
        }

        if (i == 0)
        {
            return -1;
        }

        return Lines.EndsWithCrLf(lines[i - 1]) ? 1 : 0;
    }
}
