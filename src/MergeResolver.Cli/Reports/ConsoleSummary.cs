using MergeResolver.Git.Index;

namespace MergeResolver.Cli.Reports;

/// <summary>The short summary of a batch resolution printed on the console.</summary>
internal static class ConsoleSummary
{
    public static void Write(TextWriter w, BatchReport report)
    {
        foreach (var file in report.Files)
        {
            var detail = file.Outcome is FileOutcome.Skipped or FileOutcome.AlreadyResolved
                ? file.Reason
                : $"{file.Hunks.Count(h => h.Applied is not null)} of {file.Hunks.Length} hunks resolved";
            w.WriteLine($"{Word(file.Outcome),-9} {file.Path}: {detail}");
        }

        var files = report.Files.Length;
        var resolved = report.Files.Count(f => f.Outcome == FileOutcome.Resolved);
        w.WriteLine($"{resolved} of {files} files resolved{(report.DryRun ? " (dry run: nothing written)" : " and staged")}; {report.HunksResolved} of {report.HunksTotal} hunks");
    }

    public static string Word(FileOutcome outcome) => outcome switch
    {
        FileOutcome.Resolved => "resolved",
        FileOutcome.PartlyResolved => "partly",
        FileOutcome.Left => "left",
        FileOutcome.AlreadyResolved => "kept",
        _ => "skipped",
    };
}
