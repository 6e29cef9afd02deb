namespace MergeResolver.Cli.Tests;

/// <summary><c>git mergetool --tool mergeresolver</c> on real conflicted repositories, configured in the repository's own config.</summary>
public sealed class GitMergetoolEndToEndTests
{
    private static void Configure(ConflictedRepository repo)
    {
        repo.Git("config", "mergetool.mergeresolver.cmd", $"{CliProcess.ShellCommand} mergetool \"$BASE\" \"$LOCAL\" \"$REMOTE\" \"$MERGED\"");
        repo.Git("config", "mergetool.mergeresolver.trustExitCode", "true");
        repo.Git("config", "mergetool.keepBackup", "false");
    }

    [Fact]
    public void Git_mergetool_resolves_a_token_level_conflict_and_the_merge_commits()
    {
        var (b, o, t, resolved) = Examples.TokenLevel;
        using var repo = new ConflictedRepository("src/Cart.cs", b, o, t);
        Configure(repo);

        var (code, output) = repo.TryGit("mergetool", "--tool", "mergeresolver", "--no-prompt");

        Assert.True(code == 0, output);
        Assert.Equal(resolved, repo.Text);
        Assert.Empty(repo.Git("diff", "--name-only", "--diff-filter=U"));
        repo.Git("commit", "-q", "--no-edit");
        Assert.Equal(resolved, repo.Git("show", "HEAD:src/Cart.cs"));
    }

    [Fact]
    public void Git_mergetool_leaves_an_unsure_conflict_as_git_wrote_it_and_unmerged()
    {
        var (b, o, t) = Examples.SameToken;
        using var repo = new ConflictedRepository("src/Cart.cs", b, o, t);
        Configure(repo);
        var before = repo.Text;

        var (code, _) = repo.TryGit("mergetool", "--tool", "mergeresolver", "--no-prompt");

        Assert.NotEqual(0, code);
        Assert.Equal(before, repo.Text);
        Assert.Equal("src/Cart.cs\n", repo.Git("diff", "--name-only", "--diff-filter=U"));
    }
}
