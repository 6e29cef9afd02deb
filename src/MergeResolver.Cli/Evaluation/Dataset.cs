using MergeResolver.Git.Mining;
using System.Text;
using System.Text.Json;
using ZstdSharp;

namespace MergeResolver.Cli.Evaluation;

/// <summary>Streams the records of a dataset file: JSON lines, plain or zstd-compressed (<c>.zst</c>).</summary>
internal static class Dataset
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
                record = JsonSerializer.Deserialize(line, CliJson.Default.MergeRecord);
            }
            catch (JsonException e)
            {
                throw new CommandException(ExitCodes.InvalidInput, $"{path}:{lineNumber}: not a dataset record: {e.Message}");
            }

            read?.Invoke(file.Position, file.Length);
            yield return record ?? throw new CommandException(ExitCodes.InvalidInput, $"{path}:{lineNumber}: empty record");
        }
    }
}
