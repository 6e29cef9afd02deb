namespace MergeResolver.Cli.Tests;

/// <summary><c>git mergetool --tool mergeresolver</c> on real conflicted repositories, configured in the repository's own config.</summary>
public sealed class GitMergetoolEndToEndTests
{
    private const string File = "src/Cart.cs";

    private static GitRepository Conflicted(string b, string o, string t)
    {
        var repo = new GitRepository();
        repo.Branches(new Dictionary<string, string> { [File] = b }, new Dictionary<string, string?> { [File] = o }, new Dictionary<string, string?> { [File] = t });
        Assert.NotEqual(0, repo.TryGit("merge", "topic").ExitCode);
        repo.Git("config", "mergetool.mergeresolver.cmd", $"{CliProcess.ShellCommand} mergetool \"$BASE\" \"$LOCAL\" \"$REMOTE\" \"$MERGED\"");
        repo.Git("config", "mergetool.mergeresolver.trustExitCode", "true");
        repo.Git("config", "mergetool.keepBackup", "false");
        return repo;
    }

    [Fact]
    public void Git_mergetool_resolves_a_token_level_conflict_and_the_merge_commits()
    {
        var (b, o, t, resolved) = Examples.TokenLevel;
        using var repo = Conflicted(b, o, t);

        var (code, output) = repo.TryGit("mergetool", "--tool", "mergeresolver", "--no-prompt");

        Assert.True(code == 0, output);
        Assert.Equal(resolved, repo.Read(File));
        Assert.Empty(repo.Unmerged());
        repo.Git("commit", "-q", "--no-edit");
        Assert.Equal(resolved, repo.Git("show", $"HEAD:{File}"));
    }

    [Fact]
    public void Git_mergetool_leaves_an_unsure_conflict_as_git_wrote_it_and_unmerged()
    {
        var (b, o, t) = Examples.SameToken;
        using var repo = Conflicted(b, o, t);
        var before = repo.Read(File);

        var (code, _) = repo.TryGit("mergetool", "--tool", "mergeresolver", "--no-prompt");

        Assert.NotEqual(0, code);
        Assert.Equal(before, repo.Read(File));
        Assert.Equal([File], repo.Unmerged());
    }
}
