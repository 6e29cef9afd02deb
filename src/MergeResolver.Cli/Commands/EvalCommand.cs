using System.Globalization;
using System.CommandLine;
using System.Text.Encodings.Web;
using System.Text.Json;
using MergeResolver.Evaluation;
using MergeResolver.Cli.Reports;
using MergeResolver.Cli.Ranking;
using MergeResolver.Git.Mining;
using MergeResolver.Resolution;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver eval DATASET [--strategy NAME] [--outputs FILE] [--json FILE]</c>: resolves every
/// record of a dataset and prints the figures of the scoring protocol (shared/data/README.md).
/// </summary>
internal static class EvalCommand
{

    public static Command Create()
    {
        var dataset = new Argument<string?>("DATASET")
        {
            Description = "A dataset file: JSON lines, plain (.jsonl) or zstd-compressed (.jsonl.zst).",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var repo = new Option<string?>("--repo") { Description = "Instead of a dataset: replay this repository's own merge history (as 'mine' finds it).", HelpName = "DIR" };
        var strategy = new Option<string>("--strategy")
        {
            Description = "default (the tool as it is), or a baseline: ours, theirs, markers, token-merge.",
            HelpName = "NAME",
            DefaultValueFactory = _ => "default",
        };
        strategy.AcceptOnlyFromAmong("default", "ours", "theirs", "markers", "token-merge");
        var outputs = new Option<string?>("--outputs") { Description = "Write the tool's whole output per record here, as score.py reads it: {\"id\": ..., \"output\": ...} per line.", HelpName = "FILE" };
        var json = new Option<string?>("--json") { Description = "Write the figures here as JSON.", HelpName = "FILE" };
        var limit = new Option<int>("--limit") { Description = "Evaluate only the first N records (0: all).", HelpName = "N" };
        var threads = new Option<int>("--threads")
        {
            Description = "Records evaluated at once (default: one per core).",
            DefaultValueFactory = _ => Environment.ProcessorCount,
        };
        var noOracle = new Option<bool>("--no-oracle") { Description = "Skip the oracle ceilings (faster)." };
        var threshold = new Option<double?>("--threshold") { Description = "Apply a resolution only when its probability is at least P (0 to 1; 0 applies the best candidate of every hunk); by default, the model's unattended threshold.", HelpName = "P" };

        var plot = new Option<string?>("--plot") { Description = "Draw the precision/coverage curve into this PNG, beside the baselines' points (take ours, take theirs, the token merge), which are evaluated too.", HelpName = "FILE.png" };

        var command = new Command("eval", "Resolve every record of a dataset (or of a repository's own merge history) from base, ours and theirs only, and print accuracy, precision, coverage and the oracle ceilings, as shared/tools/score.py counts them.")
        {
            dataset, repo, strategy, outputs, json, limit, threads, noOracle, threshold, plot,
        };

        command.SetAction(parse =>
        {
            var path = parse.GetValue(dataset);
            var repoPath = parse.GetValue(repo);
            if ((path is null) == (repoPath is null))
            {
                throw new CommandException(ExitCodes.Usage, path is null ? "eval needs a DATASET file or --repo DIR" : "give a DATASET or --repo DIR, not both");
            }

            if (path is not null && !File.Exists(path))
            {
                throw new CommandException(ExitCodes.IOError, $"no dataset at '{path}'");
            }

            var name = parse.GetValue(strategy)!;
            var options = new ResolverOptions { Strategy = ParseStrategy(name), Ranker = ShippedRanker.ForParallelCallers, Threshold = parse.GetValue(threshold) };
            bool withOracle = !parse.GetValue(noOracle);
            var summary = new EvaluationSummary { Strategy = name, Threshold = new Resolver(options).Threshold };
            var miner = new HistoryMiner();
            var outputsPath = parse.GetValue(outputs);
            using var outputsWriter = outputsPath is null ? null : new StreamWriter(outputsPath, false, new System.Text.UTF8Encoding(false));
            var started = System.Diagnostics.Stopwatch.StartNew();
            int max = parse.GetValue(limit);
            IEnumerable<MergeRecord> Records(HistoryMiner miner, Action<long, long>? read)
            {
                var records = path is not null ? DatasetReader.Read(path, read) : miner.Mine(repoPath!);
                return max > 0 ? records.Take(max) : records;
            }

            CommandProgress.Run("eval", path is not null ? "KB" : "merges", report =>
            {
                var records = Records(miner, (done, total) => report(done >> 10, total >> 10));
                new Evaluator(options, withOracle).Run(records, Math.Max(1, parse.GetValue(threads)), result =>
                {
                    summary.Add(result);
                    outputsWriter?.WriteLine(JsonSerializer.Serialize(new OutputLine(result.Id, result.Output), CliJson.Lines.OutputLine));
                    if (path is null)
                    {
                        report(miner.MergesDone, miner.MergesTotal);
                    }
                });
            });
            double seconds = started.Elapsed.TotalSeconds;
            Console.Error.WriteLine(string.Format(CultureInfo.InvariantCulture, "\reval: {0} files, {1} hunks in {2:F1} s ({3:F0} hunks a second)", summary.Files, summary.Hunks, seconds, summary.Hunks / Math.Max(seconds, 1e-3)));
            if (miner.Unreadable > 0)
            {
                Console.Error.WriteLine($"eval: {miner.Unreadable} merges skipped: objects they need are missing from the repository");
            }

            summary.Print(Console.Out, withOracle);
            if (parse.GetValue(plot) is { } plotPath)
            {
                var baselines = new[] { ("ours", "take ours"), ("theirs", "take theirs"), ("token-merge", "the token merge wherever it resolves") }.Select(b =>
                {
                    var figures = new EvaluationSummary { Strategy = b.Item1 };
                    new Evaluator(new ResolverOptions { Strategy = ParseStrategy(b.Item1) }, withOracle: false).Run(Records(new HistoryMiner(), null), Math.Max(1, parse.GetValue(threads)), figures.Add);
                    return new CurvePlot.Point(b.Item2, figures.CoveragePct ?? 0, figures.PrecisionPct ?? 0);
                }).ToList();
                var curve = summary.Curve.Where(c => c.PrecisionPct is not null).Select(c => new CurvePlot.Point(c.Threshold.ToString("0.##", CultureInfo.InvariantCulture), c.CoveragePct ?? 0, c.PrecisionPct!.Value)).ToList();
                CurvePlot.Save(plotPath, path is not null ? Path.GetFileName(path) : repoPath!, curve, baselines);
                Console.Error.WriteLine($"eval: the curve is in {plotPath}");
            }
            if (parse.GetValue(json) is { } jsonPath)
            {
                File.WriteAllText(jsonPath, JsonSerializer.Serialize(summary, CliJson.Indented.EvaluationSummary));
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static ResolutionStrategy ParseStrategy(string name) => name switch
    {
        "ours" => ResolutionStrategy.Ours,
        "theirs" => ResolutionStrategy.Theirs,
        "markers" => ResolutionStrategy.Markers,
        "token-merge" => ResolutionStrategy.TokenMerge,
        _ => ResolutionStrategy.Default,
    };
}
