using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary><c>resolve</c> honours the attributes that change how git merges or checks out a file, or skips the file and says why.</summary>
public sealed class ResolveAttributesTests
{
    private const string File = "Cart.cs";

    private static GitRepository Conflicted(string attributes, params string[] config)
    {
        var (b, o, t, _) = Examples.TokenLevel;
        var repo = new GitRepository();
        for (int i = 0; i + 1 < config.Length; i += 2)
        {
            repo.Git("config", config[i], config[i + 1]);
        }

        repo.Write(".gitattributes", attributes);
        repo.Branches(new Dictionary<string, string> { [File] = b }, new Dictionary<string, string?> { [File] = o }, new Dictionary<string, string?> { [File] = t });
        repo.TryGit("merge", "topic");
        Assert.Equal([File], repo.Unmerged());
        return repo;
    }

    private static (int Code, string Stdout) Tool(GitRepository repo, params string[] args)
    {
        var (code, stdout, stderr) = CliProcess.Run(repo.Path, args);
        return (code, Encoding.UTF8.GetString(stdout) + stderr);
    }

    private static byte[] Bytes(GitRepository repo) => System.IO.File.ReadAllBytes(Path.Combine(repo.Path, File));

    [Theory]
    [InlineData("*.cs merge=binary\n", "'binary'")]
    [InlineData("*.cs -merge\n", "unset")]
    public void A_file_git_merges_as_binary_is_skipped_and_keeps_ours(string attributes, string reason)
    {
        using var repo = Conflicted(attributes);
        var before = Bytes(repo);

        var (code, output) = Tool(repo, "resolve");

        Assert.Equal(1, code);
        Assert.Contains($"skipped   Cart.cs: the merge attribute is {reason}", output);
        Assert.Equal(before, Bytes(repo));
        Assert.Equal(Examples.TokenLevel.Ours, repo.Read(File));
    }

    [Fact]
    public void A_file_with_a_working_tree_encoding_is_skipped_and_left_as_git_wrote_it()
    {
        using var repo = Conflicted("*.cs working-tree-encoding=UTF-16LE-BOM\n");
        var before = Bytes(repo);

        var (code, output) = Tool(repo, "resolve");

        Assert.Equal(1, code);
        Assert.Contains("skipped   Cart.cs: working-tree-encoding=UTF-16LE-BOM", output);
        Assert.Equal(before, Bytes(repo));
    }

    [Fact]
    public void A_file_with_a_smudge_filter_is_skipped_and_left_as_git_wrote_it()
    {
        using var repo = Conflicted("*.cs filter=banner\n", "filter.banner.smudge", "sed '1s/^/\\/\\/ checked out\\n/'", "filter.banner.clean", "sed '1d'");
        var before = Bytes(repo);

        var (code, output) = Tool(repo, "resolve");

        Assert.Equal(1, code);
        Assert.Contains("skipped   Cart.cs: filter=banner", output);
        Assert.Equal(before, Bytes(repo));
    }

    [Fact]
    public void A_conflict_marker_size_is_kept_in_the_hunks_left_beside_a_resolved_one()
    {
        var (b, o, t) = Examples.TwoConflicts;
        using var repo = new GitRepository();
        repo.Write(".gitattributes", "*.cs conflict-marker-size=12\n");
        repo.Branches(new Dictionary<string, string> { [File] = b }, new Dictionary<string, string?> { [File] = o }, new Dictionary<string, string?> { [File] = t });
        repo.TryGit("merge", "topic");
        var drawn = repo.Read(File);
        int start = drawn.IndexOf("<<<<<<<<<<<< HEAD\n        return 2;", StringComparison.Ordinal);
        Assert.True(start >= 0, drawn);
        var secondRegion = drawn[start..];

        var (code, _) = Tool(repo, "resolve");

        Assert.Equal(1, code);
        Assert.EndsWith(secondRegion, repo.Read(File));
        Assert.Contains(Examples.TokenMergedLine, repo.Read(File));
    }
}
