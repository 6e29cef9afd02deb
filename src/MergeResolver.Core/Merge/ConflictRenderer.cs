using System.Text;

namespace MergeResolver.Merge;

/// <summary>Writes merge chunks back to text with git's conflict markers, byte for byte as git writes them.</summary>
public static class ConflictRenderer
{
    /// <summary>The whole merged text.</summary>
    public static string Render(IEnumerable<MergeChunk> chunks, ConflictMarkers? markers = null)
    {
        markers ??= ConflictMarkers.Default;
        var sb = new StringBuilder();
        foreach (var chunk in chunks)
        {
            switch (chunk)
            {
                case CleanChunk clean:
                    foreach (var line in clean.Lines)
                    {
                        sb.Append(line);
                    }

                    break;
                case ConflictChunk conflict:
                    AppendConflict(sb, conflict, markers);
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>One conflict with its markers.</summary>
    public static void AppendConflict(StringBuilder sb, ConflictChunk conflict, ConflictMarkers markers)
    {
        string eol = conflict.UsesCrLf ? "\r\n" : "\n";
        AppendMarker(sb, '<', markers.Size, markers.OursLabel, eol);
        AppendSide(sb, conflict.Ours, eol);
        if (markers.ShowBase)
        {
            AppendMarker(sb, '|', markers.Size, markers.BaseLabel, eol);
            AppendSide(sb, conflict.Base, eol);
        }

        AppendMarker(sb, '=', markers.Size, null, eol);
        AppendSide(sb, conflict.Theirs, eol);
        AppendMarker(sb, '>', markers.Size, markers.TheirsLabel, eol);
    }

    private static void AppendMarker(StringBuilder sb, char c, int size, string? label, string eol)
    {
        sb.Append(c, size);
        if (label is not null)
        {
            sb.Append(' ').Append(label);
        }

        sb.Append(eol);
    }

    /// <summary>A side whose last line has no terminator (end of file) gets one, so the next marker starts a line.</summary>
    private static void AppendSide(StringBuilder sb, IReadOnlyList<string> lines, string eol)
    {
        foreach (var line in lines)
        {
            sb.Append(line);
        }

        if (lines.Count > 0 && !lines[^1].EndsWith("\n", StringComparison.Ordinal))
        {
            sb.Append(eol);
        }
    }
}
