using System.CommandLine;
using MergeResolver.Cli.IO;
using MergeResolver.Cli.Ranking;
using MergeResolver.Git.Configuration;
using MergeResolver.Cli.Reports;
using MergeResolver.Git.Index;
using MergeResolver.Resolution;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver resolve [--repo DIR] [--dry-run] [--threshold P] [--report FILE]</c>: resolves a
/// whole merge in progress, for CI. Exit 0 when every conflicted file is resolved, 1 when some are
/// left, 2 on error (nothing changed).
/// </summary>
internal static class ResolveCommand
{
    private const int Error = 2;

    public static Command Create()
    {
        var repo = new Option<string>("--repo") { Description = "The repository (default: the current folder).", DefaultValueFactory = _ => "." };
        var dryRun = new Option<bool>("--dry-run") { Description = "Report what would be resolved; write and stage nothing." };
        var threshold = new Option<double?>("--threshold") { Description = "Apply a resolution only when its confidence is at least P (0 to 1); by default, the model's unattended threshold.", HelpName = "P" };
        var report = new Option<string?>("--report") { Description = "Write a report of every hunk: JSON for a .json file, Markdown (for a pull-request comment) for .md.", HelpName = "FILE.json|FILE.md" };

        var command = new Command("resolve", "Resolve every conflicted file of a merge in progress: files left without markers are staged, the others keep git's markers for what the resolver is unsure of. Exit 0 all resolved, 1 some left, 2 error.")
        {
            repo, dryRun, threshold, report,
        };

        command.SetAction(parse =>
        {
            var p = parse.GetValue(threshold);
            if (p is < 0 or > 1)
            {
                Console.Error.WriteLine("mergeresolver resolve: --threshold takes a value from 0 to 1");
                return Error;
            }

            var reportPath = parse.GetValue(report);
            if (reportPath is not null && !reportPath.EndsWith(".json", StringComparison.OrdinalIgnoreCase) && !reportPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase))
            {
                Console.Error.WriteLine("mergeresolver resolve: --report must name a .json or a .md file");
                return Error;
            }

            // The report is checked before anything is written, so that a bad path changes nothing.
            if (reportPath is not null && ReportProblem(reportPath) is { } problem)
            {
                Console.Error.WriteLine($"mergeresolver resolve: cannot write the report '{reportPath}': {problem}; nothing was changed");
                return Error;
            }

            BatchReport result = null!;
            try
            {
                var resolver = new RepositoryResolver(new ResolverOptions { Threshold = p ?? RepositoryConfig.Of(parse.GetValue(repo)!).Threshold, Algorithm = Diff.DiffAlgorithm.Histogram, Ranker = ShippedRanker.Instance });
                CommandProgress.Run("resolve", "files", report => result = resolver.Resolve(parse.GetValue(repo)!, parse.GetValue(dryRun), CommandProgress.AsProgress(report)));
            }
            catch (Exception e) when (e is RepositoryException or IOException or UnauthorizedAccessException or LibGit2Sharp.LibGit2SharpException)
            {
                Console.Error.WriteLine($"mergeresolver resolve: {e.Message}");
                return Error;
            }

            ConsoleSummary.Write(Console.Out, result);
            if (reportPath is not null)
            {
                var text = reportPath.EndsWith(".md", StringComparison.OrdinalIgnoreCase) ? MarkdownReport.Format(result) : JsonReport.Format(result);
                OutputFile.Write(reportPath, new System.Text.UTF8Encoding(false).GetBytes(text));
            }

            return result.AllResolved ? ExitCodes.Clean : ExitCodes.ConflictsLeft;
        });
        return command;
    }

    private static string? ReportProblem(string path)
    {
        var full = Path.GetFullPath(path);
        var folder = Path.GetDirectoryName(full);
        return Directory.Exists(full) ? "it is a folder"
            : folder is null || !Directory.Exists(folder) ? $"the folder {folder} does not exist"
            : null;
    }
}
