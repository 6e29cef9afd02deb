using System.Collections.Immutable;
using System.Text;
using MergeResolver.Merge;

namespace MergeResolver.Resolution;

/// <summary>
/// The file with ours in every hunk: where the lines around a hunk are read, and where each
/// resolution is judged (<see cref="SyntaxCheck.AddsErrors"/>), so that a resolution is compared
/// with what the developer's own side gives in the same place.
/// </summary>
internal sealed class OursFile
{
    private readonly List<string> _lines = [];
    private readonly List<(int Start, int End)> _hunks = [];
    private readonly List<(int Start, int End)> _hunkOffsets = [];
    private readonly string _text;
    private List<(int Start, int End)>? _multiLineTokens;

    public OursFile(LineMergeResult merge)
    {
        var sb = new StringBuilder();
        foreach (var chunk in merge.Chunks)
        {
            int start = _lines.Count, offset = sb.Length;
            var lines = chunk is CleanChunk clean ? clean.Lines : ((ConflictChunk)chunk).Ours;
            _lines.AddRange(lines);
            foreach (var line in lines)
            {
                sb.Append(line);
            }

            if (chunk is ConflictChunk)
            {
                _hunks.Add((start, _lines.Count));
                _hunkOffsets.Add((offset, sb.Length));
            }
        }

        _text = sb.ToString();
    }

    public int HunkCount => _hunks.Count;

    public ImmutableArray<string> Before(int hunk, int count)
    {
        int start = _hunks[hunk].Start;
        return [.. _lines.GetRange(Math.Max(0, start - count), Math.Min(count, start))];
    }

    public ImmutableArray<string> After(int hunk, int count)
    {
        int end = _hunks[hunk].End;
        return [.. _lines.GetRange(end, Math.Min(count, _lines.Count - end))];
    }

    /// <summary>A judge of the candidates of one hunk, which parses the baseline once.</summary>
    public Func<string, bool> SyntaxJudge(int hunk)
    {
        var window = new SyntaxCheck.Window(_lines, _hunks[hunk].Start, _hunks[hunk].End);
        return window.AddsErrors;
    }

    /// <summary>
    /// Whether a string literal, comment or disabled text crosses the hunk's first or last line
    /// boundary: lexed alone, the hunk's lines would be read as code, and white space that is
    /// part of the text would look like layout.
    /// </summary>
    public bool CutsThroughToken(int hunk)
    {
        _multiLineTokens ??= SyntaxCheck.MultiLineSpans(_text);
        var (start, end) = _hunkOffsets[hunk];
        return _multiLineTokens.Any(s => (s.Start < start && start < s.End) || (s.Start < end && end < s.End));
    }
}
