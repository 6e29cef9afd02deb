using System.Globalization;
using System.Text;
using MergeResolver.Git.Index;

namespace MergeResolver.Cli.Reports;

/// <summary>The batch report as Markdown, for a pull-request comment.</summary>
internal static class MarkdownReport
{
    public static string Format(BatchReport report)
    {
        var sb = new StringBuilder();
        int resolved = report.Files.Count(f => f.Outcome == FileOutcome.Resolved);
        sb.AppendLine("### MergeResolver");
        sb.AppendLine();
        sb.AppendLine(CultureInfo.InvariantCulture, $"{resolved} of {report.Files.Length} conflicted files resolved, {report.HunksResolved} of {report.HunksTotal} hunks{(report.DryRun ? " (dry run)" : string.Empty)}.");
        sb.AppendLine();
        sb.AppendLine("| file | hunk | lines | result | confidence |");
        sb.AppendLine("| --- | ---: | --- | --- | ---: |");
        foreach (var f in report.Files)
        {
            if (f.Outcome is FileOutcome.Skipped or FileOutcome.AlreadyResolved)
            {
                sb.AppendLine(CultureInfo.InvariantCulture, $"| `{Escape(f.Path)}` | | | {(f.Outcome == FileOutcome.Skipped ? "skipped" : "kept")}: {Escape(f.Reason ?? string.Empty)} | |");
                continue;
            }

            foreach (var h in f.Hunks)
            {
                var lines = h.OursLineCount <= 1 ? $"{h.OursLine}" : $"{h.OursLine}-{h.OursLine + h.OursLineCount - 1}";
                var result = h.Applied is null ? Escape(h.Explanation) : $"resolved by {h.Applied}";
                var confidence = h.Confidence is { } c ? c.ToString("0%", CultureInfo.InvariantCulture) : string.Empty;
                sb.AppendLine(CultureInfo.InvariantCulture, $"| `{Escape(f.Path)}` | {h.Index} | {lines} | {result} | {confidence} |");
            }
        }

        return sb.ToString();
    }

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
