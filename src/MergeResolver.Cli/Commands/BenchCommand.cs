using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using MergeResolver.Cli.Benchmarking;
using MergeResolver.Evaluation;
using MergeResolver.Merge;
using MergeResolver.Resolution;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver bench [--dataset FILE]</c>: a quick performance summary on generated inputs (a
/// typical file and the pathological ones), against <c>git merge-file</c> on the same inputs, and the
/// end-to-end evaluation throughput on a dataset. BenchmarkDotNet's suite is tests/MergeResolver.Benchmarks.
/// </summary>
internal static class BenchCommand
{
    public static Command Create()
    {
        var dataset = new Option<string?>("--dataset") { Description = "Also measure evaluation throughput on this dataset (hunks a second).", HelpName = "FILE" };
        var records = new Option<int>("--records") { Description = "How many dataset records to evaluate.", DefaultValueFactory = _ => 1000 };
        var only = new Option<string?>("--workload") { Description = "Only the workloads whose name contains this.", HelpName = "NAME" };
        var seconds = new Option<double>("--seconds") { Description = "Time budget for each in-process measurement.", DefaultValueFactory = _ => 2 };

        var command = new Command("bench", "Print a performance summary: line merge and resolution per workload, against git merge-file, and evaluation throughput.")
        {
            dataset, records, seconds, only,
        };

        command.SetAction(parse =>
        {
            var budget = TimeSpan.FromSeconds(parse.GetValue(seconds));
            var inv = CultureInfo.InvariantCulture;
            var dir = Directory.CreateTempSubdirectory("mergeresolver-bench-").FullName;
            try
            {
                Console.WriteLine($"machine: {Environment.ProcessorCount} cores, {RuntimeEnvironment()}; git {GitVersion()}");
                Console.WriteLine();
                Console.WriteLine("| workload | MB | line merge in process | MB/s | git merge-file process | mergeresolver merge --no-resolve process | process ratio (ours / git) | resolve in process | allocated by resolve |");
                Console.WriteLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
                var resolver = new Resolver();
                foreach (var w in Workloads.All().Where(w => parse.GetValue(only) is not { } name || w.Name.Contains(name, StringComparison.OrdinalIgnoreCase)))
                {
                    Console.Error.WriteLine($"bench: {w.Name}");
                    var files = Write(dir, w);
                    var line = Measure.Median(() => LineMerger.Merge(w.Base, w.Ours, w.Theirs), budget);
                    var input = new MergeInput(w.Base, w.Ours, w.Theirs, w.Path);
                    var resolve = Measure.Median(() => resolver.Resolve(input).Render(), budget, maxRuns: 5);
                    long allocated = Measure.Allocated(() => resolver.Resolve(input).Render());
                    var git = Median(() => Measure.Process("git", ["merge-file", "-p", "--diff3", files.Ours, files.Base, files.Theirs], dir));
                    var self = Median(() => Measure.Process(ThisProgram.Command.File, [.. ThisProgram.Command.Prefix, "merge", "--no-resolve", files.Base, files.Ours, files.Theirs], dir));
                    Console.WriteLine(string.Create(inv,
                        $"| {w.Name} | {w.Megabytes:0.00} | {Ms(line)} | {w.Megabytes / line.TotalSeconds:0.0} | {Ms(git)} | {Ms(self)} | {self / git:0.0}x | {Ms(resolve)} | {allocated / (1 << 20):0} MB |"));
                }

                Console.WriteLine();
                PerCallCosts.Print(Console.Out, dir, Workloads.Typical());
                if (parse.GetValue(dataset) is { } path)
                {
                    var evaluator = new Evaluator(ResolverOptions.Default, withOracle: false);
                    int hunks = 0, files = 0;
                    var sw = Stopwatch.StartNew();
                    evaluator.Run(DatasetReader.Read(path).Take(parse.GetValue(records)), Environment.ProcessorCount, r =>
                    {
                        files++;
                        hunks += r.Hunks.Count;
                    });
                    Console.WriteLine(string.Create(inv, $"eval throughput: {files} files, {hunks} hunks in {sw.Elapsed.TotalSeconds:0.0} s: {hunks / sw.Elapsed.TotalSeconds:0} hunks/s, {files / sw.Elapsed.TotalSeconds:0} files/s on {Environment.ProcessorCount} cores"));
                }
            }
            finally
            {
                Directory.Delete(dir, recursive: true);
            }

            return ExitCodes.Clean;
        });
        return command;
    }

    private static TimeSpan Median(Func<TimeSpan> run)
    {
        var times = Enumerable.Range(0, 5).Select(_ => run()).Order().ToList();
        return times[times.Count / 2];
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString(t.TotalMilliseconds < 10 ? "0.00" : "0", CultureInfo.InvariantCulture) + " ms";

    private static (string Base, string Ours, string Theirs) Write(string dir, Workload w)
    {
        var utf8 = new UTF8Encoding(false);
        string Put(string name, string text)
        {
            var p = Path.Combine(dir, name);
            File.WriteAllText(p, text, utf8);
            return p;
        }

        return (Put("base.cs", w.Base), Put("ours.cs", w.Ours), Put("theirs.cs", w.Theirs));
    }

    private static string RuntimeEnvironment() => System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription;

    private static string GitVersion()
    {
        var start = new ProcessStartInfo("git", "--version") { RedirectStandardOutput = true, UseShellExecute = false };
        using var p = Process.Start(start)!;
        var text = p.StandardOutput.ReadToEnd().Trim();
        p.WaitForExit();
        return text.Replace("git version ", string.Empty, StringComparison.Ordinal);
    }
}
