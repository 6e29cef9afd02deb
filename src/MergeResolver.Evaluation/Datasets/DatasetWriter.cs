using System.Text;
using System.Text.Json;
using ZstdSharp;

namespace MergeResolver.Evaluation;

/// <summary>Writes records as JSON lines, zstd-compressed when the file name ends in <c>.zst</c>.</summary>
public static class DatasetWriter
{
    /// <summary>Writes every record, one JSON object a line; returns how many.</summary>
    public static int Write(Stream output, bool compress, IEnumerable<MergeRecord> records)
    {
        using var writer = compress
            ? new StreamWriter(new CompressionStream(output, level: 19, leaveOpen: true), new UTF8Encoding(false))
            : new StreamWriter(output, new UTF8Encoding(false), bufferSize: -1, leaveOpen: true);
        writer.NewLine = "\n";
        int n = 0;
        foreach (var record in records)
        {
            writer.WriteLine(JsonSerializer.Serialize(record, DatasetJson.Lines.MergeRecord));
            n++;
        }

        return n;
    }
}
