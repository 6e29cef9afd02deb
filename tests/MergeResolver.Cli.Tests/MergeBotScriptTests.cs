using System.Diagnostics;

namespace MergeResolver.Cli.Tests;

/// <summary>The README's GitHub Actions job, run step by step as its script on a generated repository.</summary>
public sealed class MergeBotScriptTests
{
    private static readonly string Script = Path.Combine(SharedData.RepositoryRoot, "samples", "merge-bot.sh");

    private static (int Code, string Output) Bot(GitRepository repo, string branch)
    {
        var start = new ProcessStartInfo("bash") { WorkingDirectory = repo.Path, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Script);
        start.ArgumentList.Add(branch);
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = GitProcess.EmptyGlobalConfig;
        start.Environment["REPORT"] = Path.Combine(repo.Path, ".git", "resolution.md");

        // The rules-based ranker, whose choice on this example is fixed; the job runs the shipped model.
        start.Environment["MERGERESOLVER_MODEL"] = "none";
        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        return (process.ExitCode, stdout + stderr.Result);
    }

    [Fact]
    public void The_job_packs_the_tool_merges_a_remote_branch_resolves_and_commits()
    {
        var (b, o, t, resolved) = Examples.TokenLevel;
        using var repo = new GitRepository();
        repo.Git("config", "user.name", "merge-bot");
        repo.Git("config", "user.email", "merge-bot@example.invalid");
        repo.Branches(new Dictionary<string, string> { ["src/Cart.cs"] = b }, new Dictionary<string, string?> { ["src/Cart.cs"] = o }, new Dictionary<string, string?> { ["src/Cart.cs"] = t });
        repo.Git("update-ref", "refs/remotes/origin/feature", "topic");

        var (code, output) = Bot(repo, "origin/feature");

        Assert.True(code == 0, output);
        Assert.Equal(resolved, repo.Git("show", "HEAD:src/Cart.cs"));
        Assert.Equal(2, repo.Git("show", "-s", "--format=%P", "HEAD").Trim().Split(' ').Length);
        Assert.Contains("resolved by token-merge", File.ReadAllText(Path.Combine(repo.Path, ".git", "resolution.md")));
    }
}
