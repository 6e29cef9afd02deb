using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MergeResolver.Evaluation;
using MergeResolver.Cli.Reports;

namespace MergeResolver.Cli;

/// <summary>
/// Every JSON the commands read or write, generated at build time so that it needs no reflection:
/// quicker to start, and the executable can be compiled ahead of time.
/// </summary>
[JsonSerializable(typeof(OutputLine))]
[JsonSerializable(typeof(FeatureMeta))]
[JsonSerializable(typeof(ReportJson))]
[JsonSerializable(typeof(EvaluationSummary))]
internal sealed partial class CliJson : JsonSerializerContext
{
    /// <summary>Text written as is (no \u escapes for non-ASCII), one object a line.</summary>
    public static CliJson Lines { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Text written as is, indented for people to read.</summary>
    public static CliJson Indented { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, WriteIndented = true });
}

/// <summary>One line of <c>eval --outputs</c>, as score.py reads it.</summary>
internal sealed record OutputLine([property: JsonPropertyName("id")] string Id, [property: JsonPropertyName("output")] string Output);

/// <summary>One line of featurize's <c>meta.jsonl</c> (models/training/README.md).</summary>
internal sealed record FeatureMeta(
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("repo")] string? Repo,
    [property: JsonPropertyName("hunk")] int Hunk,
    [property: JsonPropertyName("labels")] uint Labels,
    [property: JsonPropertyName("kinds")] List<int> Kinds,
    [property: JsonPropertyName("truth_class")] string? TruthClass);
