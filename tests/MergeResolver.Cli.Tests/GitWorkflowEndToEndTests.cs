using System.Text;
using System.Text.Json;

namespace MergeResolver.Cli.Tests;

/// <summary>The merge driver, batch resolution and install, end to end with the real git executable.</summary>
public sealed class GitWorkflowEndToEndTests
{
    private const string Resolvable = "src/Cart.cs";
    private const string Unsure = "src/Order.cs";

    private static GitRepository TwoFiles()
    {
        var (b, o, t, _) = Examples.TokenLevel;
        var (b2, o2, t2) = Examples.SameToken;
        var repo = new GitRepository();
        repo.Branches(
            new Dictionary<string, string> { [Resolvable] = b, [Unsure] = b2 },
            new Dictionary<string, string?> { [Resolvable] = o, [Unsure] = o2 },
            new Dictionary<string, string?> { [Resolvable] = t, [Unsure] = t2 });
        return repo;
    }

    private static (int Code, string Stdout, string Stderr) Tool(GitRepository repo, params string[] args)
    {
        var (code, stdout, stderr) = CliProcess.Run(repo.Path, args);
        return (code, Encoding.UTF8.GetString(stdout), stderr);
    }

    [Fact]
    public void Git_merge_with_the_driver_resolves_what_is_sure_and_leaves_the_rest_with_markers()
    {
        using var repo = TwoFiles();
        Assert.Equal(0, Tool(repo, "install", "--local", "--driver", "--command", CliProcess.ShellCommand).Code);

        var (code, _) = repo.TryGit("merge", "topic");

        Assert.Equal(1, code);
        Assert.Equal(Examples.TokenLevel.Resolved, repo.Read(Resolvable));
        Assert.Equal([Unsure], repo.Unmerged());
        Assert.Contains("<<<<<<< HEAD\n        return 2;\n=======\n        return 3;\n>>>>>>> theirs\n", repo.Read(Unsure));
    }

    [Fact]
    public void Git_merge_with_the_driver_commits_by_itself_when_every_conflict_is_resolved()
    {
        var (b, o, t, resolved) = Examples.TokenLevel;
        using var repo = new GitRepository();
        repo.Branches(new Dictionary<string, string> { [Resolvable] = b }, new Dictionary<string, string?> { [Resolvable] = o }, new Dictionary<string, string?> { [Resolvable] = t });
        Tool(repo, "install", "--local", "--driver", "--command", CliProcess.ShellCommand);

        var (code, output) = repo.TryGit("merge", "--no-edit", "topic");

        Assert.True(code == 0, output);
        Assert.Equal(resolved, repo.Git("show", $"HEAD:{Resolvable}"));
        Assert.Equal(2, repo.Git("show", "-s", "--format=%P", "HEAD").Trim().Split(' ').Length);
    }

    [Fact]
    public void A_file_the_driver_cannot_decode_is_merged_by_git_itself_with_both_sides_kept()
    {
        // Latin-1, which the resolver refuses as not UTF-8: git's own line merge stands in, so theirs' change is not lost.
        var latin1 = Encoding.Latin1;
        const string b = "// caf\u00e9\nclass C\n{\n    int a = 1;\n\n\n    int b = 1;\n}\n";
        string o = b.Replace("a = 1", "a = 2", StringComparison.Ordinal), t = b.Replace("b = 1", "b = 2", StringComparison.Ordinal);
        using var repo = new GitRepository();
        repo.Branches(new Dictionary<string, string> { ["L.cs"] = b }, new Dictionary<string, string?> { ["L.cs"] = o }, new Dictionary<string, string?> { ["L.cs"] = t }, latin1);
        Tool(repo, "install", "--local", "--driver", "--command", CliProcess.ShellCommand);

        var (code, output) = repo.TryGit("merge", "--no-edit", "topic");

        Assert.True(code == 0, output);
        Assert.Equal(latin1.GetBytes(b.Replace("a = 1", "a = 2", StringComparison.Ordinal).Replace("b = 1", "b = 2", StringComparison.Ordinal)), File.ReadAllBytes(Path.Combine(repo.Path, "L.cs")));
    }

    [Fact]
    public void The_driver_draws_markers_of_the_size_git_asks_for()
    {
        using var repo = TwoFiles();
        Tool(repo, "install", "--local", "--driver", "--command", CliProcess.ShellCommand);
        repo.Write(".gitattributes", "*.cs conflict-marker-size=10\n");
        repo.Commit("marker size");
        repo.Git("checkout", "-q", "topic");
        repo.Git("checkout", "-q", "main");

        repo.TryGit("merge", "topic");

        Assert.Contains("<<<<<<<<<< HEAD\n", repo.Read(Unsure));
    }

    [Fact]
    public void A_batch_run_stages_the_resolved_files_and_leaves_the_rest_unmerged()
    {
        using var repo = TwoFiles();
        repo.TryGit("merge", "topic");
        var unsureBefore = repo.Read(Unsure);

        var (code, stdout, _) = Tool(repo, "resolve", "--report", "report.json");

        Assert.Equal(1, code);
        Assert.Contains("1 of 2 files resolved", stdout);
        Assert.Equal(Examples.TokenLevel.Resolved, repo.Read(Resolvable));
        Assert.Equal(unsureBefore, repo.Read(Unsure));
        Assert.Equal([Unsure], repo.Unmerged());
        var report = JsonDocument.Parse(repo.Read("report.json")).RootElement;
        var files = report.GetProperty("files").EnumerateArray().ToDictionary(f => f.GetProperty("path").GetString()!);
        Assert.Equal("resolved", files[Resolvable].GetProperty("outcome").GetString());
        Assert.Equal("token-merge", files[Resolvable].GetProperty("hunks")[0].GetProperty("applied").GetString());
        Assert.Equal("left", files[Unsure].GetProperty("outcome").GetString());
    }

    [Fact]
    public void After_a_batch_run_that_resolves_everything_git_commit_accepts_the_merge()
    {
        var (b, o, t, resolved) = Examples.TokenLevel;
        using var repo = new GitRepository();
        repo.Branches(
            new Dictionary<string, string> { [Resolvable] = b, ["src/Other.cs"] = b },
            new Dictionary<string, string?> { [Resolvable] = o, ["src/Other.cs"] = o },
            new Dictionary<string, string?> { [Resolvable] = t, ["src/Other.cs"] = t });
        repo.TryGit("merge", "topic");

        var (code, _, _) = Tool(repo, "resolve");

        Assert.Equal(0, code);
        Assert.Equal("M  src/Cart.cs\nM  src/Other.cs\n", repo.Git("status", "--porcelain"));
        repo.Git("commit", "-q", "--no-edit");
        Assert.Equal(resolved, repo.Git("show", $"HEAD:{Resolvable}"));
    }

    [Fact]
    public void A_dry_run_reports_but_writes_and_stages_nothing()
    {
        using var repo = TwoFiles();
        repo.TryGit("merge", "topic");
        var before = repo.Read(Resolvable);

        var (code, _, _) = Tool(repo, "resolve", "--dry-run", "--report", "report.md");

        Assert.Equal(1, code);
        Assert.Equal(before, repo.Read(Resolvable));
        Assert.Equal([Resolvable, Unsure], repo.Unmerged());
        Assert.Contains("| `src/Cart.cs` | 1 | 7 | resolved by token-merge | 73% |", repo.Read("report.md"));
    }

    [Fact]
    public void Resolved_files_get_the_line_endings_git_would_check_out()
    {
        var (b, o, t, resolved) = Examples.TokenLevel;
        using var repo = new GitRepository();
        repo.Write(".gitattributes", "*.cs text eol=crlf\n");
        repo.Branches(new Dictionary<string, string> { [Resolvable] = b }, new Dictionary<string, string?> { [Resolvable] = o }, new Dictionary<string, string?> { [Resolvable] = t });
        repo.TryGit("merge", "topic");

        Tool(repo, "resolve");

        Assert.Equal(resolved.Replace("\n", "\r\n"), repo.Read(Resolvable));
        Assert.Empty(repo.Unmerged());
        Assert.Equal(resolved, repo.Git("show", $":{Resolvable}"));
    }

    [Fact]
    public void Modify_delete_and_add_add_conflicts_are_reported_and_skipped_or_merged_from_an_empty_base()
    {
        var (b, o, _, _) = Examples.TokenLevel;
        using var repo = new GitRepository();
        repo.Branches(
            new Dictionary<string, string> { ["Gone.cs"] = b },
            new Dictionary<string, string?> { ["Gone.cs"] = o, ["New.cs"] = "enum Kind\n{\n    Small,\n}\n" },
            new Dictionary<string, string?> { ["Gone.cs"] = null, ["New.cs"] = "enum Kind\n{\n    Large,\n}\n" });
        repo.TryGit("merge", "topic");

        var (code, stdout, _) = Tool(repo, "resolve");

        Assert.Equal(1, code);
        Assert.True(stdout.Contains("skipped   Gone.cs: one side deleted the file and the other changed it"), stdout);
        Assert.Contains("left      New.cs: 0 of 1 hunks resolved", stdout);
        Assert.Contains("Gone.cs", repo.Unmerged());
    }

    [Fact]
    public void A_read_only_file_stops_the_batch_before_anything_is_written()
    {
        using var repo = TwoFiles();
        repo.TryGit("merge", "topic");
        var path = Path.Combine(repo.Path, Resolvable);
        var before = repo.Read(Resolvable);
        File.SetAttributes(path, FileAttributes.ReadOnly);

        var (code, _, stderr) = Tool(repo, "resolve");

        Assert.Equal(2, code);
        Assert.Contains("read-only", stderr);
        Assert.Equal(before, repo.Read(Resolvable));
        Assert.Equal([Resolvable, Unsure], repo.Unmerged());
    }

    [Fact]
    public void A_repository_not_in_a_merge_is_an_error()
    {
        using var repo = new GitRepository();
        repo.Write("a.cs", "class A { }\n");
        repo.Commit("one");

        var (code, _, stderr) = Tool(repo, "resolve");

        Assert.Equal(2, code);
        Assert.Contains("not in the middle of a merge", stderr);
    }

    [Fact]
    public void Install_then_uninstall_leaves_config_and_attributes_byte_identical_and_the_work_tree_clean()
    {
        using var repo = new GitRepository();
        repo.Write(".gitattributes", "*.png binary");
        repo.Commit("attributes");
        var configPath = Path.Combine(repo.Path, ".git", "config");
        var infoAttributes = Path.Combine(repo.Path, ".git", "info", "attributes");
        var config = File.ReadAllBytes(configPath);

        Assert.Equal(0, Tool(repo, "install", "--local").Code);
        Assert.Contains("mergetool.mergeresolver.trustExitCode", repo.Git("config", "--local", "--list"), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("*.cs merge=mergeresolver", File.ReadAllText(infoAttributes));
        Assert.Equal("merge: mergeresolver", repo.Git("check-attr", "merge", "--", "A.cs").Split(": ", 2)[1].Trim());
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain"));
        Assert.Equal(0, Tool(repo, "uninstall", "--local").Code);

        Assert.Equal(config, File.ReadAllBytes(configPath));
        Assert.False(File.Exists(infoAttributes));
        Assert.Equal("*.png binary", repo.Read(".gitattributes"));
    }

    [Fact]
    public void Uninstall_keeps_the_keys_and_lines_the_user_wrote_before_install()
    {
        using var repo = new GitRepository();
        repo.Git("config", "mergetool.mergeresolver.trustExitCode", "true");
        var infoAttributes = Path.Combine(repo.Path, ".git", "info", "attributes");
        Directory.CreateDirectory(Path.GetDirectoryName(infoAttributes)!);
        // A BOM, a Latin-1 byte, the user's own driver line and no final newline.
        byte[] attributes = [.. "\uFEFF# caf"u8, 0xE9, .. "\n*.cs merge=mergeresolver"u8];
        File.WriteAllBytes(infoAttributes, attributes);
        var configPath = Path.Combine(repo.Path, ".git", "config");
        var config = File.ReadAllBytes(configPath);

        Assert.Equal(0, Tool(repo, "install", "--local").Code);
        Assert.Equal(0, Tool(repo, "uninstall", "--local").Code);

        Assert.Equal("true\n", repo.Git("config", "mergetool.mergeresolver.trustExitCode"));
        Assert.Equal(config, File.ReadAllBytes(configPath));
        Assert.Equal(attributes, File.ReadAllBytes(infoAttributes));
    }

    [Fact]
    public void A_global_install_in_a_home_without_git_config_leaves_nothing_behind_after_uninstall()
    {
        using var home = new TempDir();
        using var repo = new GitRepository();
        var env = new Dictionary<string, string>
        {
            ["HOME"] = home.Path,
            ["XDG_CONFIG_HOME"] = Path.Combine(home.Path, ".config"),
            ["GIT_CONFIG_GLOBAL"] = Path.Combine(home.Path, ".gitconfig"),
        };

        Assert.Equal(0, CliProcess.Run(repo.Path, env, "install", "--global").ExitCode);
        Assert.True(File.Exists(Path.Combine(home.Path, ".gitconfig")));
        Assert.Contains("*.cs merge=mergeresolver", File.ReadAllText(Path.Combine(home.Path, ".config", "git", "attributes")));
        Assert.Equal(0, CliProcess.Run(repo.Path, env, "uninstall", "--global").ExitCode);

        Assert.False(File.Exists(Path.Combine(home.Path, ".gitconfig")));
        Assert.Empty(Directory.EnumerateFiles(home.Path, "*mergeresolver*", SearchOption.AllDirectories));
        Assert.False(File.Exists(Path.Combine(home.Path, ".config", "git", "attributes")));
    }

    [Fact]
    public void Install_global_writes_the_users_config_and_uninstall_restores_it()
    {
        using var repo = new GitRepository();
        using var home = new TempDir();
        var global = home.Write(".gitconfig", "[user]\n\tname = Someone\n");
        var before = File.ReadAllBytes(global);
        var env = new Dictionary<string, string> { ["GIT_CONFIG_GLOBAL"] = global, ["HOME"] = home.Path, ["XDG_CONFIG_HOME"] = Path.Combine(home.Path, ".config") };

        Assert.Equal(0, CliProcess.Run(repo.Path, env, "install", "--global", "--mergetool").ExitCode);
        Assert.Contains("[mergetool \"mergeresolver\"]", File.ReadAllText(global));
        Assert.Equal(0, CliProcess.Run(repo.Path, env, "uninstall", "--global", "--mergetool").ExitCode);

        Assert.Equal(before, File.ReadAllBytes(global));
    }

    [Fact]
    public void Install_refuses_to_replace_a_setting_the_user_made()
    {
        using var repo = new GitRepository();
        repo.Git("config", "mergetool.mergeresolver.cmd", "my-own-tool");

        var (code, _, stderr) = Tool(repo, "install", "--local", "--mergetool");

        Assert.Equal(4, code);
        Assert.Contains("--force", stderr);
        Assert.Equal("my-own-tool\n", repo.Git("config", "mergetool.mergeresolver.cmd"));
    }

    [Fact]
    public void An_index_naming_a_path_outside_the_work_tree_is_an_error_and_nothing_is_written()
    {
        using var repo = new GitRepository();
        repo.Write("a.cs", "class A { }\n");
        repo.Commit("one");
        var ids = new[] { "base\n", "ours\n", "theirs\n" }.Select(text =>
        {
            File.WriteAllText(Path.Combine(repo.Path, "blob"), text);
            return repo.Git("hash-object", "-w", "blob").Trim();
        }).ToList();
        File.Delete(Path.Combine(repo.Path, "blob"));
        File.WriteAllBytes(Path.Combine(repo.Path, ".git", "index"), ConflictedIndex("../Evil.cs", ids));
        var outside = Path.Combine(Path.GetDirectoryName(repo.Path)!, "Evil.cs");

        var (code, _, stderr) = Tool(repo, "resolve");

        Assert.Equal(2, code);
        Assert.Contains("index", stderr);
        Assert.False(File.Exists(outside));
    }

    /// <summary>A version-2 git index holding stages 1, 2 and 3 of one path, written byte by byte since git refuses such a path.</summary>
    private static byte[] ConflictedIndex(string path, IReadOnlyList<string> blobs)
    {
        var data = new List<byte>();
        void Int(int value) => data.AddRange(BitConverter.GetBytes(System.Buffers.Binary.BinaryPrimitives.ReverseEndianness(value)));
        data.AddRange("DIRC"u8.ToArray());
        Int(2);
        Int(3);
        for (int stage = 1; stage <= 3; stage++)
        {
            int start = data.Count;
            for (int i = 0; i < 10; i++)
            {
                Int(i == 6 ? 0x81A4 : 0);
            }

            data.AddRange(Convert.FromHexString(blobs[stage - 1]));
            var name = Encoding.UTF8.GetBytes(path);
            data.Add((byte)((stage << 4) | (name.Length >> 8)));
            data.Add((byte)name.Length);
            data.AddRange(name);
            do
            {
                data.Add(0);
            }
            while ((data.Count - start) % 8 != 0);
        }

        data.AddRange(System.Security.Cryptography.SHA1.HashData(data.ToArray()));
        return [.. data];
    }
}

