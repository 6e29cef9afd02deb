namespace MergeResolver.Text;

/// <summary>Splits text into lines the way git does: at '\n', each line keeping its terminator.</summary>
public static class Lines
{
    /// <summary>The lines of <paramref name="text"/>; a final line without '\n' is kept as it is.</summary>
    public static string[] Split(string text)
    {
        var lines = new List<string>();
        int start = 0;
        while (start < text.Length)
        {
            int nl = text.IndexOf('\n', start);
            int end = nl < 0 ? text.Length : nl + 1;
            lines.Add(text[start..end]);
            start = end;
        }

        return [.. lines];
    }

    /// <summary>The line without its terminator ("\n" or "\r\n").</summary>
    public static ReadOnlySpan<char> Content(string line)
    {
        var span = line.AsSpan();
        if (span.EndsWith("\n"))
        {
            span = span[..^1];
            if (span.EndsWith("\r"))
            {
                span = span[..^1];
            }
        }

        return span;
    }

    /// <summary>Whether the line ends with "\r\n".</summary>
    public static bool EndsWithCrLf(string line) => line.EndsWith("\r\n", StringComparison.Ordinal);
}
