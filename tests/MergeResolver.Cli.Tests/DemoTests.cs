using System.Diagnostics;

namespace MergeResolver.Cli.Tests;

/// <summary>The README's first command, the demo, run as a new user runs it.</summary>
public sealed class DemoTests
{
    [Fact]
    public async Task The_demo_first_shows_a_file_resolved_by_the_mergetool_then_what_is_left_and_why()
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = SharedData.RepositoryRoot, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine("samples", "demo.sh"));
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = GitProcess.EmptyGlobalConfig;
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var output = await process.StandardOutput.ReadToEndAsync() + await stderr;
        await process.WaitForExitAsync();

        Assert.True(process.ExitCode == 0, output);
        int orderResolved = output.IndexOf("mergeresolver: Order.cs: resolved", StringComparison.Ordinal);
        int cartLeft = output.IndexOf("mergeresolver: Cart.cs: 1 of 2 conflicts left", StringComparison.Ordinal);
        Assert.True(orderResolved >= 0 && cartLeft > orderResolved, output);
        Assert.Contains("+    public string Summary() => $\"Order {Id}: {Due():0.00}\";", output);
        Assert.Contains("| `Cart.cs` | 2 | 11-13 | resolved by token-merge |", output);
    }
}
