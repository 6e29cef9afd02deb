using System.Diagnostics;
using System.Text;
using System.Text.Json;

namespace MergeResolver.Cli.Tests;

public sealed class EvalCommandTests
{
    private static string Record(string id, string b, string o, string t, string merged) =>
        JsonSerializer.Serialize(new { id, repo = "test/repo", path = "Cart.cs", @base = b, ours = o, theirs = t, merged });

    [Fact]
    public void Eval_scores_a_dataset_and_writes_outputs_score_py_can_read()
    {
        using var dir = new TempDir();
        var (b, o, t, resolved) = Examples.TokenLevel;
        var (b2, o2, t2) = Examples.SameToken;
        var dataset = dir.Write("set.jsonl", Record("a", b, o, t, resolved) + "\n" + Record("b", b2, o2, t2, o2) + "\n");

        var (code, stdout, _) = CliProcess.Run(dir.Path, "eval", dataset, "--outputs", Path.Combine(dir.Path, "out.jsonl"), "--json", Path.Combine(dir.Path, "figures.json"));

        Assert.Equal(0, code);
        Assert.Contains("correct 1  wrong 0  abstained 1", Encoding.UTF8.GetString(stdout));
        var figures = JsonDocument.Parse(dir.Read("figures.json")).RootElement;
        Assert.Equal(50.0, figures.GetProperty("accuracy_pct").GetDouble());
        // The token-level resolution of "a" is no single pattern of the hunk, but one per token conflict.
        Assert.Equal(50.0, figures.GetProperty("oracle_hunk_pattern_pct").GetDouble());
        Assert.Equal(100.0, figures.GetProperty("oracle_token_patterns_pct").GetDouble());
        var outputs = dir.Read("out.jsonl").Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(resolved, outputs.Single(x => x.GetProperty("id").GetString() == "a").GetProperty("output").GetString());
    }

    [Fact]
    public void The_ours_baseline_takes_ours_in_every_hunk()
    {
        using var dir = new TempDir();
        var (b, o, t) = Examples.SameToken;
        var dataset = dir.Write("set.jsonl", Record("x", b, o, t, o) + "\n");
        var (_, stdout, _) = CliProcess.Run(dir.Path, "eval", dataset, "--strategy", "ours");
        Assert.Contains("accuracy 100.0%", Encoding.UTF8.GetString(stdout));
    }

    [Fact]
    public void A_long_run_with_standard_error_redirected_prints_plain_progress_lines_with_total_rate_and_time_left()
    {
        // Lines start after a second; 600 files of 20 conflicts each take several.
        static string File(Func<int, string> body) => "class C\n{\n" + string.Concat(Enumerable.Range(0, 20).Select(i => $"    int M{i}()\n    {{\n        {body(i)}\n    }}\n\n")) + "}\n";
        string b = File(i => $"return Sum(items{i}, 0m);"), o = File(i => $"return SumOf(items{i}, 0m);"), t = File(i => $"return Sum(items{i}, 1m);");
        using var dir = new TempDir();
        var dataset = dir.Write("set.jsonl", string.Concat(Enumerable.Range(0, 600).Select(i => Record($"r{i}", b, o, t, b) + "\n")));

        var (code, _, stderr) = CliProcess.Run(dir.Path, new Dictionary<string, string> { ["CI"] = "true" }, "eval", dataset, "--no-oracle", "--threads", "1");

        Assert.Equal(0, code);
        var lines = stderr.Split('\n').Where(l => l.StartsWith("eval: ", StringComparison.Ordinal) && l.Contains(" KB (", StringComparison.Ordinal)).ToList();
        Assert.True(lines.Count >= 2, stderr);
        Assert.All(lines, l => Assert.Matches(@"^eval: \d+/\d+ KB \(\d+0%\), [\d.]+ KB/s, about \d+ s left$", l));
    }

    [Fact]
    public void Plot_draws_the_curve_and_the_baselines_into_a_png()
    {
        using var dir = new TempDir();
        var (b, o, t, resolved) = Examples.TokenLevel;
        var (b2, o2, t2) = Examples.SameToken;
        var dataset = dir.Write("set.jsonl", Record("a", b, o, t, resolved) + "\n" + Record("b", b2, o2, t2, o2) + "\n");
        var png = Path.Combine(dir.Path, "curve.png");

        var (code, _, stderr) = CliProcess.Run(dir.Path, "eval", dataset, "--no-oracle", "--plot", png);

        Assert.True(code == 0, stderr);
        var bytes = File.ReadAllBytes(png);
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
        Assert.True(bytes.Length > 10_000, $"{bytes.Length} bytes: too small to hold a chart");
    }

    [SharedDataFact]
    public void Eval_agrees_with_the_reference_scorer_within_half_a_point_on_dev()
    {
        using var dir = new TempDir();
        var outputs = Path.Combine(dir.Path, "out.jsonl");
        var ours = Path.Combine(dir.Path, "ours.json");
        var reference = Path.Combine(dir.Path, "reference.json");
        var (code, _, stderr) = CliProcess.Run(dir.Path, "eval", SharedData.DevSet, "--no-oracle", "--outputs", outputs, "--json", ours);
        Assert.True(code == 0, stderr);

        var score = Process.Start(new ProcessStartInfo("python3", [SharedData.ScoreScript!, SharedData.DevSet, outputs, "--json", reference]) { RedirectStandardOutput = true })!;
        score.StandardOutput.ReadToEnd();
        score.WaitForExit();
        Assert.Equal(0, score.ExitCode);

        var a = JsonDocument.Parse(File.ReadAllText(ours)).RootElement;
        var r = JsonDocument.Parse(File.ReadAllText(reference)).RootElement;
        foreach (var figure in new[] { "accuracy_pct", "precision_pct", "coverage_pct", "files_fully_correct_pct" })
        {
            Assert.InRange(a.GetProperty(figure).GetDouble(), r.GetProperty(figure).GetDouble() - 0.5, r.GetProperty(figure).GetDouble() + 0.5);
        }

        foreach (var count in new[] { "files", "hunks", "scored", "unanchored" })
        {
            Assert.Equal(r.GetProperty(count).GetInt32(), a.GetProperty(count).GetInt32());
        }
    }
}
