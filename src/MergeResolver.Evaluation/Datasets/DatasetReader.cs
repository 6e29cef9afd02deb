using System.Text;
using System.Text.Json;
using ZstdSharp;

namespace MergeResolver.Evaluation;

/// <summary>Streams the records of a dataset file: JSON lines, plain or zstd-compressed (<c>.zst</c>).</summary>
internal static class DatasetReader
{
    /// <summary>The records, in order; <paramref name="read"/> gets how many bytes of the file were read, of how many, after each.</summary>
    public static IEnumerable<MergeRecord> Read(string path, Action<long, long>? read = null)
    {
        using var file = File.OpenRead(path);
        using Stream stream = path.EndsWith(".zst", StringComparison.OrdinalIgnoreCase) ? new DecompressionStream(file) : file;
        using var reader = new StreamReader(stream, new UTF8Encoding(false, true));
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line))
            {
                continue;
            }

            MergeRecord? record;
            try
            {
                record = JsonSerializer.Deserialize(line, DatasetJson.Lines.MergeRecord);
            }
            catch (JsonException e)
            {
                throw new InvalidDataException($"{path}:{lineNumber}: not a dataset record: {e.Message}", e);
            }

            read?.Invoke(file.Position, file.Length);
            yield return record ?? throw new InvalidDataException($"{path}:{lineNumber}: empty record");
        }
    }
}
