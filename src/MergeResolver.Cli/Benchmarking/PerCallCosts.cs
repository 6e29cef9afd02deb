using System.Diagnostics;
using System.Globalization;
using System.Text;
using MergeResolver.Cli.Ranking;
using MergeResolver.Diff;
using MergeResolver.Resolution;

namespace MergeResolver.Cli.Benchmarking;

/// <summary>
/// What git pays for the tool, measured as git calls it, beside git's own cost in the same run: the
/// whole process per conflicted file (merge, driver, mergetool with the model loaded and ranking),
/// the ranking per hunk, and a whole <c>git merge</c> with the driver installed.
/// </summary>
internal static class PerCallCosts
{
    private const int Runs = 7;

    public static void Print(TextWriter w, string dir, Workload typical)
    {
        var utf8 = new UTF8Encoding(false);
        string Put(string name, string text)
        {
            var p = Path.Combine(dir, name);
            File.WriteAllText(p, text, utf8);
            return p;
        }

        string b = Put("pc.base.cs", typical.Base), o = Put("pc.ours.cs", typical.Ours), t = Put("pc.theirs.cs", typical.Theirs);
        var drawn = Git(dir, "merge-file", "-p", "-L", "HEAD", "-L", "base", "-L", "theirs", o, b, t);
        var (self, prefix) = ThisProgram.Command;

        var git = Median(() => Measure.Process("git", ["merge-file", "-p", "--diff3", o, b, t], dir));
        var merge = Median(() => Measure.Process(self, [.. prefix, "merge", "--no-resolve", b, o, t], dir));
        var driver = Median(() =>
        {
            var a = Put("pc.current.cs", typical.Ours);
            return Measure.Process(self, [.. prefix, "driver", b, a, t, "7", typical.Path], dir);
        });
        var mergetool = Median(() =>
        {
            var merged = Put("pc.merged.cs", drawn);
            return Measure.Process(self, [.. prefix, "mergetool", b, o, t, merged], dir);
        });

        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"per conflicted file, {typical.Name}, whole processes, median of {Runs} (model: {ShippedRanker.Description}):"));
        w.WriteLine("| call | wall | ratio to git merge-file |");
        w.WriteLine("| --- | ---: | ---: |");
        Row(w, "git merge-file -p --diff3", git, git);
        Row(w, "mergeresolver merge --no-resolve", merge, git);
        Row(w, "mergeresolver driver (model loaded, ranking)", driver, git);
        Row(w, "mergeresolver mergetool (model loaded, ranking)", mergetool, git);

        var (perHunk, hunks) = RankingPerHunk(typical);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ranking in process: {perHunk.TotalMilliseconds:0.00} ms a hunk (median over runs of the file's {hunks} hunks, session already created)"));

        var (without, with, files) = GitMergeWithDriver(dir);
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"git merge of {files} conflicting C# files: {Ms(without)} without the driver, {Ms(with)} with it ({with / without:0.0}x)"));
    }

    private static (TimeSpan PerHunk, int Hunks) RankingPerHunk(Workload typical)
    {
        var resolver = new Resolver(new ResolverOptions { Algorithm = DiffAlgorithm.Histogram, Ranker = ShippedRanker.Instance });
        var requests = resolver.Analyze(new MergeInput(typical.Base, typical.Ours, typical.Theirs, typical.Path)).Hunks.Select(h => h.Request).ToList();
        var time = Measure.Median(() => ShippedRanker.Instance.Rank(requests), TimeSpan.FromSeconds(2));
        return (time / Math.Max(1, requests.Count), requests.Count);
    }

    /// <summary>A repository whose two branches conflict in 40 small C# files, merged with and without the driver.</summary>
    private static (TimeSpan Without, TimeSpan With, int Files) GitMergeWithDriver(string dir)
    {
        const int files = 40;
        var repo = Path.Combine(dir, "pc-repo");
        Directory.CreateDirectory(repo);
        Git(repo, "init", "-q", "-b", "main");
        Git(repo, "config", "user.name", "bench");
        Git(repo, "config", "user.email", "bench@example.invalid");
        string File(int i, string total, string count) =>
            $"namespace Shop;\n\npublic sealed class Cart{i}\n{{\n    public decimal Total() => {total};\n\n    public int Count() => {count};\n}}\n";
        void Commit(string message, Func<int, string> text)
        {
            for (int i = 0; i < files; i++)
            {
                System.IO.File.WriteAllText(Path.Combine(repo, $"Cart{i}.cs"), text(i));
            }

            Git(repo, "add", "-A");
            Git(repo, "commit", "-q", "-m", message);
        }

        Commit("base", i => File(i, "Sum(items, 0m)", "1"));
        Git(repo, "checkout", "-q", "-b", "topic");
        Commit("theirs", i => File(i, "Sum(items, 1m)", "3"));
        Git(repo, "checkout", "-q", "main");
        Commit("ours", i => File(i, "SumOf(items, 0m)", "2"));

        TimeSpan MergeOnce()
        {
            var time = Measure.Process("git", ["merge", "-q", "--no-edit", "topic"], repo);
            Git(repo, "merge", "--abort");
            return time;
        }

        var without = Median(MergeOnce);
        Git(repo, "config", "merge.mergeresolver.driver", $"{ThisProgram.ShellCommand} driver %O %A %B %L %P");
        System.IO.File.WriteAllText(Path.Combine(repo, ".git", "info", "attributes"), "*.cs merge=mergeresolver\n");
        var with = Median(MergeOnce);
        return (without, with, files);
    }

    private static void Row(TextWriter w, string call, TimeSpan time, TimeSpan git) =>
        w.WriteLine(string.Create(CultureInfo.InvariantCulture, $"| {call} | {Ms(time)} | {time / git:0.0}x |"));

    private static TimeSpan Median(Func<TimeSpan> run)
    {
        run();
        var times = Enumerable.Range(0, Runs).Select(_ => run()).Order().ToList();
        return times[times.Count / 2];
    }

    private static string Ms(TimeSpan t) => t.TotalMilliseconds.ToString(t.TotalMilliseconds < 10 ? "0.00" : "0", CultureInfo.InvariantCulture) + " ms";

    private static string Git(string dir, params string[] args)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = dir, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        using var p = Process.Start(start)!;
        var stderr = p.StandardError.ReadToEndAsync();
        var stdout = p.StandardOutput.ReadToEnd();
        p.WaitForExit();
        _ = stderr.Result;
        return stdout;
    }
}
