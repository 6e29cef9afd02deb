namespace MergeResolver.Evaluation;

/// <summary>
/// Python's string rules, which the reference scorer (score.py) is written in: splitlines' line
/// boundaries, isspace's white space and the regex \w. The built-in evaluation must cut and compare
/// text exactly as the scorer does to agree with it.
/// </summary>
internal static class PythonText
{
    /// <summary>str.splitlines(keepends=True).</summary>
    public static List<string> SplitLines(string text)
    {
        var lines = new List<string>();
        int start = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (!IsLineBoundary(c))
            {
                continue;
            }

            if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
            {
                i++;
            }

            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }

        if (start < text.Length)
        {
            lines.Add(text[start..]);
        }

        return lines;
    }

    /// <summary>str.rstrip().</summary>
    public static string RStrip(string line)
    {
        int end = line.Length;
        while (end > 0 && IsSpace(line[end - 1]))
        {
            end--;
        }

        return end == line.Length ? line : line[..end];
    }

    /// <summary>" ".join(lines).split(): the words of the lines.</summary>
    public static List<string> Words(IEnumerable<string> lines)
    {
        var words = new List<string>();
        foreach (var line in lines)
        {
            int i = 0;
            while (i < line.Length)
            {
                while (i < line.Length && IsSpace(line[i]))
                {
                    i++;
                }

                int start = i;
                while (i < line.Length && !IsSpace(line[i]))
                {
                    i++;
                }

                if (i > start)
                {
                    words.Add(line[start..i]);
                }
            }
        }

        return words;
    }

    /// <summary>Whether the text holds a match of the regex \w (a letter, digit or underscore).</summary>
    public static bool HasWordChar(string text)
    {
        foreach (char c in text)
        {
            if (char.IsLetterOrDigit(c) || c == '_' || char.GetUnicodeCategory(c) is System.Globalization.UnicodeCategory.LetterNumber or System.Globalization.UnicodeCategory.OtherNumber)
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsLineBoundary(char c) =>
        c is '\n' or '\r' or '\v' or '\f' or '\x1c' or '\x1d' or '\x1e' or '\x85' or '\u2028' or '\u2029';

    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\x1c' or '\x1d' or '\x1e' or '\x1f';
}
