namespace MergeResolver.Ranking;

/// <summary>
/// The lines the line merge settled by itself, outside every conflict hunk, that hold a letter or a
/// digit (a brace or a blank line is everywhere), compared without indentation. Whether a side's
/// edit already stands elsewhere in the merged file tells moved code from new code and a duplicate
/// from an addition: a side that moved a block leaves its old place in conflict with the other
/// side's edit of it, and keeping that edit there keeps the block twice. The editor's document
/// settles the same lines, so the command line and the editor read the same.
/// </summary>
public sealed class CleanLines
{
    private readonly HashSet<string> _lines;

    /// <summary>The settled lines <paramref name="lines"/>.</summary>
    public CleanLines(IEnumerable<string> lines) =>
        _lines = new(lines.Where(IsMeaningful).Select(Key), StringComparer.Ordinal);

    /// <summary>A file with nothing settled around its hunks.</summary>
    public static CleanLines None { get; } = new([]);

    /// <summary>Whether <paramref name="line"/>, indentation aside, is one of the settled lines.</summary>
    public bool Contains(string line) => _lines.Contains(Key(line));

    /// <summary>The share of the <paramref name="lines"/> with a letter or a digit that are settled lines; 0 without any.</summary>
    public float ShareOf(IEnumerable<string> lines)
    {
        int count = 0, found = 0;
        foreach (var line in lines.Where(IsMeaningful))
        {
            count++;
            found += Contains(line) ? 1 : 0;
        }

        return count == 0 ? 0 : found / (float)count;
    }

    private static bool IsMeaningful(string line) => line.Any(char.IsLetterOrDigit);

    private static string Key(string line) => line.Trim();
}
