using System.Diagnostics;
using System.Text.Json;

namespace MergeResolver.Cli.Tests;

/// <summary>The featurizer's output read back by the Python reader the trainer uses: the two sides of the format contract.</summary>
public sealed class TrainingFormatTests
{
    [Fact]
    public void The_python_reader_reads_what_featurize_writes()
    {
        using var dir = new TempDir();
        var (b, o, t, resolved) = Examples.TokenLevel;
        var (b2, o2, t2) = Examples.SameToken;
        var lines = new[]
        {
            JsonSerializer.Serialize(new { id = "a", path = "Cart.cs", @base = b, ours = o, theirs = t, merged = resolved }),
            JsonSerializer.Serialize(new { id = "b", path = "Cart.cs", @base = b2, ours = o2, theirs = t2, merged = t2 }),
        };
        var dataset = dir.Write("train.jsonl", string.Join("\n", lines) + "\n");
        Assert.Equal(0, CliProcess.Run(dir.Path, "featurize", dataset, "-o", "out", "--vocab-size", "200").ExitCode);

        var reader = Path.Combine(SharedData.RepositoryRoot, "models", "training", "features.py");
        var start = new ProcessStartInfo("python3", [reader, Path.Combine(dir.Path, "out")]) { RedirectStandardOutput = true, RedirectStandardError = true };
        using var python = Process.Start(start)!;
        var stdout = python.StandardOutput.ReadToEnd();
        var stderr = python.StandardError.ReadToEnd();
        python.WaitForExit();

        Assert.True(python.ExitCode == 0, stderr);
        var summary = JsonDocument.Parse(stdout).RootElement;
        Assert.Equal(2, summary.GetProperty("examples").GetInt32());
        // Both resolutions are candidates: theirs, and the token merge.
        Assert.Equal(0, summary.GetProperty("unlabelled").GetInt32());
        Assert.True(summary.GetProperty("candidates").GetInt32() >= 4);
        Assert.True(summary.GetProperty("vocabulary").GetInt32() > 4);
    }
}
