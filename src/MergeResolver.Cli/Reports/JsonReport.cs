using System.Text.Encodings.Web;
using System.Text.Json;
using MergeResolver.Git.Index;

namespace MergeResolver.Cli.Reports;

/// <summary>The batch report as JSON: one object per file, one per hunk.</summary>
internal static class JsonReport
{
    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Format(BatchReport report) => JsonSerializer.Serialize(new
    {
        dry_run = report.DryRun,
        all_resolved = report.AllResolved,
        hunks_resolved = report.HunksResolved,
        hunks = report.HunksTotal,
        files = report.Files.Select(f => new
        {
            path = f.Path,
            kind = f.Kind.ToString(),
            outcome = ConsoleSummary.Word(f.Outcome),
            reason = f.Reason,
            hunks = f.Hunks.Select(h => new
            {
                hunk = h.Index,
                line = h.OursLine,
                lines = h.OursLineCount,
                applied = h.Applied,
                confidence = h.Confidence,
                explanation = h.Explanation,
            }),
        }),
    }, Options) + "\n";
}
