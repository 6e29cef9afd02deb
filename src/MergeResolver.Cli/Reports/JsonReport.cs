using System.Text.Json;
using System.Text.Json.Serialization;
using MergeResolver.Git.Index;

namespace MergeResolver.Cli.Reports;

/// <summary>The batch report as JSON: one object per file, one per hunk.</summary>
internal static class JsonReport
{
    public static string Format(BatchReport report) => JsonSerializer.Serialize(
        new ReportJson(
            report.DryRun,
            report.AllResolved,
            report.HunksResolved,
            report.HunksTotal,
            [.. report.Files.Select(f => new FileJson(
                f.Path,
                f.Kind.ToString(),
                ConsoleSummary.Word(f.Outcome),
                f.Reason,
                [.. f.Hunks.Select(h => new HunkJson(h.Index, h.OursLine, h.OursLineCount, h.Applied, h.Confidence, h.Explanation))]))]),
        CliJson.Indented.ReportJson) + "\n";
}

/// <summary>The report's top level.</summary>
internal sealed record ReportJson(
    [property: JsonPropertyName("dry_run")] bool DryRun,
    [property: JsonPropertyName("all_resolved")] bool AllResolved,
    [property: JsonPropertyName("hunks_resolved")] int HunksResolved,
    [property: JsonPropertyName("hunks")] int Hunks,
    [property: JsonPropertyName("files")] List<FileJson> Files);

/// <summary>One file of the report.</summary>
internal sealed record FileJson(
    [property: JsonPropertyName("path")] string Path,
    [property: JsonPropertyName("kind")] string Kind,
    [property: JsonPropertyName("outcome")] string Outcome,
    [property: JsonPropertyName("reason")] string? Reason,
    [property: JsonPropertyName("hunks")] List<HunkJson> Hunks);

/// <summary>One hunk of the report.</summary>
internal sealed record HunkJson(
    [property: JsonPropertyName("hunk")] int Hunk,
    [property: JsonPropertyName("line")] int Line,
    [property: JsonPropertyName("lines")] int Lines,
    [property: JsonPropertyName("applied")] string? Applied,
    [property: JsonPropertyName("confidence")] double? Confidence,
    [property: JsonPropertyName("explanation")] string Explanation);
