using System.Text;
using System.Text.Json;

namespace MergeResolver.Cli.Tests;

/// <summary>Mining a repository's own history into dataset records, and replaying it with eval --repo.</summary>
public sealed class MiningEndToEndTests
{
    private const string Developer = "namespace Shop;\n\npublic sealed class Cart\n{\n    public decimal Total()\n    {\n        return 2;\n    }\n\n    public int Count => 0;\n}\n";

    /// <summary>Two merges: one whose .cs conflict the developer resolved by hand (and a .txt conflict), one clean.</summary>
    private static GitRepository History()
    {
        var (b, o, t) = Examples.SameToken;
        var repo = new GitRepository();
        repo.Branches(
            new Dictionary<string, string> { ["src/Cart.cs"] = b, ["notes.txt"] = "a\n" },
            new Dictionary<string, string?> { ["src/Cart.cs"] = o, ["notes.txt"] = "ours\n" },
            new Dictionary<string, string?> { ["src/Cart.cs"] = t, ["notes.txt"] = "theirs\n" });
        repo.TryGit("merge", "topic");
        repo.Write("src/Cart.cs", Developer);
        repo.Write("notes.txt", "both\n");
        repo.Commit("merge topic, by hand");

        repo.Git("checkout", "-q", "-b", "clean");
        repo.Write("src/Other.cs", "class Other { }\n");
        repo.Commit("other");
        repo.Git("checkout", "-q", "main");
        repo.Write("README", "readme\n");
        repo.Commit("readme");
        repo.Git("merge", "-q", "--no-edit", "clean");
        return repo;
    }

    [Fact]
    public void Mining_yields_exactly_the_conflicted_cs_files_with_what_the_developer_committed()
    {
        using var repo = History();
        var (code, stdout, stderr) = CliProcess.Run(repo.Path, "mine", "--name", "test/shop");
        Assert.True(code == 0, stderr);

        var record = JsonDocument.Parse(Assert.Single(Encoding.UTF8.GetString(stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        var merge = repo.Git("log", "--merges", "--format=%H", "--grep", "by hand").Trim();
        var (b, o, t) = Examples.SameToken;
        Assert.Equal($"test/shop@{merge[..12]}:src/Cart.cs", record.GetProperty("id").GetString());
        Assert.Equal("test/shop", record.GetProperty("repo").GetString());
        Assert.Equal(merge, record.GetProperty("merge").GetString());
        Assert.Equal("src/Cart.cs", record.GetProperty("path").GetString());
        Assert.Equal(1, record.GetProperty("conflicts").GetInt32());
        Assert.Equal(b, record.GetProperty("base").GetString());
        Assert.Equal(o, record.GetProperty("ours").GetString());
        Assert.Equal(t, record.GetProperty("theirs").GetString());
        Assert.Equal(Developer, record.GetProperty("merged").GetString());
        Assert.Equal(repo.Git("rev-parse", merge + "^2").Trim(), record.GetProperty("theirs_commit").GetString());
    }

    [Fact]
    public void Mining_a_bare_mirror_whose_config_does_not_say_bare_finds_its_conflicted_merges()
    {
        // A mirror's git directory, with no core.bare: libgit2 then takes the folder above for a work tree.
        using var repo = History();
        using var mirror = new TempDir();
        string gitDir = Path.Combine(mirror.Path, "repo");
        repo.Git("clone", "-q", "--bare", repo.Path, gitDir);
        repo.Git("--git-dir", gitDir, "config", "--unset", "core.bare");

        var (code, stdout, stderr) = CliProcess.Run(mirror.Path, "mine", "--repo", gitDir, "--name", "test/shop");

        Assert.True(code == 0, stderr);
        var record = JsonDocument.Parse(Assert.Single(Encoding.UTF8.GetString(stdout).Split('\n', StringSplitOptions.RemoveEmptyEntries))).RootElement;
        Assert.Equal("src/Cart.cs", record.GetProperty("path").GetString());
    }

    [Fact]
    public void Mining_the_same_repository_twice_yields_the_same_file()
    {
        using var repo = History();
        CliProcess.Run(repo.Path, "mine", "-o", "one.jsonl.zst");
        CliProcess.Run(repo.Path, "mine", "-o", "two.jsonl.zst");
        var one = File.ReadAllBytes(Path.Combine(repo.Path, "one.jsonl.zst"));
        Assert.NotEmpty(one);
        Assert.Equal(one, File.ReadAllBytes(Path.Combine(repo.Path, "two.jsonl.zst")));
    }

    [Fact]
    public void Eval_repo_replays_the_history_and_prints_what_the_tool_would_have_done()
    {
        using var repo = History();
        var (code, stdout, _) = CliProcess.Run(repo.Path, "eval", "--repo", ".", "--strategy", "ours");
        var text = Encoding.UTF8.GetString(stdout);
        Assert.Equal(0, code);
        Assert.Contains("files 1  hunks 1  scored 1", text);
        Assert.Contains("correct 1  wrong 0  abstained 0", text);
    }

    [Fact]
    public void Eval_of_a_history_with_a_missing_object_skips_that_merge_and_says_so()
    {
        using var repo = History();
        var blob = repo.Git("rev-parse", "topic:src/Cart.cs").Trim();
        File.Delete(Path.Combine(repo.Path, ".git", "objects", blob[..2], blob[2..]));

        var (code, _, stderr) = CliProcess.Run(repo.Path, "eval", "--repo", ".", "--no-oracle");

        Assert.True(code == 0, stderr);
        Assert.Contains("1 merges skipped: objects they need are missing from the repository", stderr);
    }
}
