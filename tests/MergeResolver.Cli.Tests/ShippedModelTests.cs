using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>The commands with the model the tool ships, as a user runs them.</summary>
public sealed class ShippedModelTests
{
    /// <summary>The shipped model: MERGERESOLVER_MODEL empty means the tool's own models folder.</summary>
    private static readonly Dictionary<string, string> Shipped = new() { ["MERGERESOLVER_MODEL"] = string.Empty };

    private static (int Code, string Stdout, string Stderr) Merge(TempDir dir, IReadOnlyDictionary<string, string> environment, params string[] options)
    {
        var (b, o, t, _) = Examples.TokenLevel;
        string[] args = ["merge", "--explain", .. options, dir.Write("b.cs", b), dir.Write("o.cs", o), dir.Write("t.cs", t)];
        var (code, stdout, stderr) = CliProcess.Run(dir.Path, environment, args);
        return (code, Encoding.UTF8.GetString(stdout), stderr);
    }

    [Fact]
    public void The_shipped_model_ranks_the_token_merge_first_but_below_the_unattended_threshold()
    {
        using var dir = new TempDir();
        var (code, stdout, stderr) = Merge(dir, Shipped);
        Assert.Equal(1, code);
        Assert.Contains("left: the best candidate, token-merge, has confidence 0.76, below the threshold 0.98", stderr);
        Assert.Contains("<<<<<<< ours", stdout);
    }

    [Fact]
    public void A_lower_threshold_applies_the_models_best_candidate()
    {
        using var dir = new TempDir();
        var (code, stdout, stderr) = Merge(dir, Shipped, "--threshold", "0.5");
        Assert.True(code == 0, stderr);
        Assert.Equal(Examples.TokenLevel.Resolved, stdout);
        Assert.Contains("resolved: token-merge (76%)", stderr);
    }

    [Fact]
    public void A_truncated_model_is_named_once_on_standard_error_and_the_default_ranker_resolves()
    {
        using var dir = new TempDir();
        var models = Path.Combine(dir.Path, "models");
        Directory.CreateDirectory(models);
        foreach (var file in new[] { "ranker.onnx", "ranker.json", "vocab.txt" })
        {
            File.Copy(Path.Combine(SharedData.RepositoryRoot, "models", file), Path.Combine(models, file));
        }

        var onnx = Path.Combine(models, "ranker.onnx");
        File.WriteAllBytes(onnx, File.ReadAllBytes(onnx)[..1000]);
        var (code, stdout, stderr) = Merge(dir, new Dictionary<string, string> { ["MERGERESOLVER_MODEL"] = models });

        Assert.Equal(0, code);
        Assert.Equal(Examples.TokenLevel.Resolved, stdout);
        Assert.Single(stderr.Split('\n'), l => l.Contains("the ranking model cannot be used", StringComparison.Ordinal));
        Assert.Contains("ranker.onnx", stderr);
    }
}
