using System.Collections.Immutable;
using MergeResolver.Text;

namespace MergeResolver.Merge;

/// <summary>
/// Finds the conflict regions git wrote into a text: <c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>, an optional
/// <c>|||||||</c> base section, <c>=======</c> and <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c>, each alone at the
/// start of a line. A region that is not closed in order is not a conflict and is skipped.
/// </summary>
public static class ConflictMarkerParser
{
    /// <summary>The well-formed conflict regions of <paramref name="text"/>, in order; lines end at <c>\n</c>, as git writes them.</summary>
    public static ImmutableArray<ParsedConflict> Parse(string text) => Parse(Lines.Split(text));

    /// <summary>
    /// The well-formed conflict regions of a text already cut into <paramref name="lines"/> (each with
    /// its line break), with line numbers counted in that list: an editor passes its own lines, which
    /// also break at a lone CR, U+0085, U+2028 and U+2029.
    /// </summary>
    public static ImmutableArray<ParsedConflict> Parse(IReadOnlyList<string> lines)
    {
        var found = ImmutableArray.CreateBuilder<ParsedConflict>();
        int i = 0;
        while (i < lines.Count)
        {
            int size = MarkerSize(lines[i], '<');
            if (size == 0 || !TryParseAt(lines, i, size, out var conflict))
            {
                i++;
                continue;
            }

            found.Add(conflict);
            i = conflict.EndLine;
        }

        return found.ToImmutable();
    }

    private static bool TryParseAt(IReadOnlyList<string> lines, int start, int size, out ParsedConflict conflict)
    {
        conflict = null!;
        var ours = ImmutableArray.CreateBuilder<string>();
        var bas = ImmutableArray.CreateBuilder<string>();
        var theirs = ImmutableArray.CreateBuilder<string>();
        string? baseLabel = null;
        bool hasBase = false;
        var section = ours;
        for (int i = start + 1; i < lines.Count; i++)
        {
            var line = lines[i];
            if (MarkerSize(line, '<') == size)
            {
                return false;
            }

            if (section == ours && MarkerSize(line, '|') == size)
            {
                hasBase = true;
                baseLabel = Label(line, size);
                section = bas;
                continue;
            }

            if (section != theirs && IsSeparator(line, size))
            {
                section = theirs;
                continue;
            }

            if (section == theirs && MarkerSize(line, '>') == size)
            {
                conflict = new ParsedConflict(start, i + 1, ours.ToImmutable(), bas.ToImmutable(), theirs.ToImmutable(),
                    Label(lines[start], size), baseLabel, Label(line, size), hasBase, size);
                return true;
            }

            section.Add(line);
        }

        return false;
    }

    /// <summary>The run length of <paramref name="c"/> at the start of a marker line (7 or more, then a space or the end of the line), else 0.</summary>
    private static int MarkerSize(string line, char c)
    {
        var content = Lines.Content(line);
        int n = 0;
        while (n < content.Length && content[n] == c)
        {
            n++;
        }

        return n >= 7 && (n == content.Length || content[n] == ' ') ? n : 0;
    }

    private static bool IsSeparator(string line, int size)
    {
        var content = Lines.Content(line);
        if (content.Length != size)
        {
            return false;
        }

        foreach (char c in content)
        {
            if (c != '=')
            {
                return false;
            }
        }

        return true;
    }

    private static string? Label(string line, int size)
    {
        var content = Lines.Content(line);
        return content.Length > size + 1 ? content[(size + 1)..].ToString() : null;
    }
}
