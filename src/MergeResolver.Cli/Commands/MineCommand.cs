using System.CommandLine;
using MergeResolver.Evaluation;
using MergeResolver.Git.Mining;

namespace MergeResolver.Cli.Commands;

/// <summary><c>mergeresolver mine [--repo DIR] [-o FILE.jsonl.zst]</c>: a repository's own merge conflicts, in the dataset format.</summary>
internal static class MineCommand
{
    public static Command Create()
    {
        var repo = new Option<string>("--repo") { Description = "The repository (default: the current folder).", DefaultValueFactory = _ => "." };
        var output = new Option<string?>("--output", "-o") { Description = "Write the records here (.jsonl, or zstd-compressed .jsonl.zst); default: standard output." };
        var name = new Option<string?>("--name") { Description = "The repository's name in the records' ids (default: owner/name of origin, else the folder's name)." };

        var command = new Command("mine", "Write the conflicted merges of a repository's history (two-parent merges with one base, .cs files changed on both sides that diff3 leaves in conflict) as dataset records, with what the developer committed.")
        {
            repo, output, name,
        };

        command.SetAction(parse =>
        {
            var miner = new HistoryMiner(parse.GetValue(name));
            var records = miner.Mine(parse.GetValue(repo)!);
            var path = parse.GetValue(output);
            int count;
            try
            {
                if (path is null)
                {
                    using var stdout = Console.OpenStandardOutput();
                    count = DatasetWriter.Write(stdout, compress: false, records);
                }
                else
                {
                    using var file = File.Create(path);
                    count = DatasetWriter.Write(file, path.EndsWith(".zst", StringComparison.OrdinalIgnoreCase), records);
                }
            }
            catch (Exception e) when (e is IOException or LibGit2Sharp.LibGit2SharpException)
            {
                throw new CommandException(ExitCodes.IOError, e.Message);
            }

            Console.Error.WriteLine($"mergeresolver mine: {count} conflicted files");
            return ExitCodes.Clean;
        });
        return command;
    }
}
