using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>
/// <c>resolve</c> and <c>mergetool</c> start from the file as it is in the work tree: what the user
/// or rerere already resolved stays, and the hunks left are byte for byte what git drew.
/// </summary>
public sealed class ResolveKeepsUserWorkTests
{
    private const string File = "src/Cart.cs";

    private static readonly string Base = Examples.TwoConflicts.Base;
    private static readonly string Ours = Examples.TwoConflicts.Ours;
    private static readonly string Theirs = Examples.TwoConflicts.Theirs;
    private const string TokenMerged = Examples.TokenMergedLine;

    private static GitRepository Conflicted(params string[] config)
    {
        var repo = new GitRepository();
        for (int i = 0; i + 1 < config.Length; i += 2)
        {
            repo.Git("config", config[i], config[i + 1]);
        }

        repo.Branches(new Dictionary<string, string> { [File] = Base }, new Dictionary<string, string?> { [File] = Ours }, new Dictionary<string, string?> { [File] = Theirs });
        repo.Git("update-ref", "refs/remotes/origin/feature", "topic");
        repo.TryGit("merge", "origin/feature");
        return repo;
    }

    private static (int Code, string Stdout, string Stderr) Tool(GitRepository repo, params string[] args)
    {
        var (code, stdout, stderr) = CliProcess.Run(repo.Path, args);
        return (code, Encoding.UTF8.GetString(stdout), stderr);
    }

    /// <summary>The text of the conflict regions of a file, marker lines included.</summary>
    private static List<string> Regions(string text)
    {
        var regions = new List<string>();
        var lines = text.Split('\n');
        for (int i = 0; i < lines.Length; i++)
        {
            if (!lines[i].StartsWith("<<<<<<<", StringComparison.Ordinal))
            {
                continue;
            }

            int end = Array.FindIndex(lines, i, l => l.StartsWith(">>>>>>>", StringComparison.Ordinal));
            regions.Add(string.Join('\n', lines[i..(end + 1)]));
            i = end;
        }

        return regions;
    }

    [Fact]
    public void A_hunk_resolved_by_hand_but_not_staged_is_kept_and_the_others_are_resolved()
    {
        using var repo = Conflicted();
        var bySelf = repo.Read(File).Replace(Regions(repo.Read(File))[1] + "\n", "        return 5;\n", StringComparison.Ordinal);
        repo.Write(File, bySelf);

        var (code, stdout, _) = Tool(repo, "resolve");

        Assert.True(code == 0, stdout);
        Assert.Equal(Base.Replace("        return Sum(items, 0m);\n", TokenMerged, StringComparison.Ordinal).Replace("return 1;", "return 5;", StringComparison.Ordinal), repo.Read(File));
        Assert.Empty(repo.Unmerged());
    }

    [Fact]
    public void A_file_rerere_already_resolved_is_reported_and_left_untouched_and_unstaged()
    {
        using var repo = Conflicted("rerere.enabled", "true");
        var mine = Base.Replace("return 1;", "return 4;", StringComparison.Ordinal);
        repo.Write(File, mine);
        repo.Git("add", File);
        repo.Git("commit", "-q", "--no-edit");
        repo.Git("reset", "-q", "--hard", "HEAD~1");
        var (_, replay) = repo.TryGit("merge", "origin/feature");
        Assert.Contains("Resolved 'src/Cart.cs' using previous resolution", replay);
        var bytes = System.IO.File.ReadAllBytes(Path.Combine(repo.Path, File));

        var (code, stdout, _) = Tool(repo, "resolve");

        Assert.Equal(1, code);
        Assert.Contains("kept      src/Cart.cs: no conflict markers are left", stdout);
        Assert.Equal(bytes, System.IO.File.ReadAllBytes(Path.Combine(repo.Path, File)));
        Assert.Equal([File], repo.Unmerged());
    }

    [Fact]
    public void An_edited_conflict_is_kept_as_the_user_left_it_and_nothing_else_is_changed()
    {
        using var repo = Conflicted();
        var regions = Regions(repo.Read(File));
        var edited = repo.Read(File).Replace(regions[0], regions[0].Replace("SumOf(items, 0m)", "SumOf(items, 9m)", StringComparison.Ordinal), StringComparison.Ordinal);
        repo.Write(File, edited);

        var (code, _, _) = Tool(repo, "resolve");

        Assert.Equal(1, code);
        Assert.Equal(edited, repo.Read(File));
    }

    [Theory]
    [InlineData("merge")]
    [InlineData("diff3")]
    [InlineData("zdiff3")]
    public void Hunks_left_are_byte_for_byte_what_git_merge_of_a_remote_branch_drew(string style)
    {
        using var repo = Conflicted("merge.conflictStyle", style);
        var drawn = Regions(repo.Read(File));
        Assert.Contains(">>>>>>> origin/feature", drawn[1]);

        var (code, stdout, _) = Tool(repo, "resolve");

        Assert.True(code == 1, stdout);
        var after = repo.Read(File);
        Assert.Equal([drawn[1]], Regions(after));
        Assert.Contains(TokenMerged, after);
    }

    [Fact]
    public void A_merge_run_with_another_style_than_the_configured_one_is_read_off_its_markers()
    {
        using var repo = new GitRepository();
        repo.Branches(new Dictionary<string, string> { [File] = Base }, new Dictionary<string, string?> { [File] = Ours }, new Dictionary<string, string?> { [File] = Theirs });
        repo.TryGit("-c", "merge.conflictStyle=diff3", "merge", "topic");
        var drawn = Regions(repo.Read(File));
        Assert.Contains("|||||||", drawn[1]);

        var (code, _, _) = Tool(repo, "resolve");

        Assert.Equal(1, code);
        Assert.Equal([drawn[1]], Regions(repo.Read(File)));
        Assert.Contains(TokenMerged, repo.Read(File));
    }

    [Fact]
    public void The_mergetool_reads_the_zdiff3_style_from_the_config_and_keeps_what_git_drew()
    {
        // In the second conflict both sides set A to 2: zdiff3 draws that line outside the markers.
        var b = Base.Replace("        return 1;\n", "        int a = 1;\n        int b = 1;\n", StringComparison.Ordinal);
        var o = b.Replace("Sum(items", "SumOf(items", StringComparison.Ordinal).Replace("a = 1", "a = 2", StringComparison.Ordinal).Replace("b = 1", "b = 2", StringComparison.Ordinal);
        var t = b.Replace("0m)", "1m)", StringComparison.Ordinal).Replace("a = 1", "a = 2", StringComparison.Ordinal).Replace("b = 1", "b = 3", StringComparison.Ordinal);
        using var repo = new GitRepository();
        repo.Git("config", "merge.conflictStyle", "zdiff3");
        repo.Branches(new Dictionary<string, string> { ["K.cs"] = b }, new Dictionary<string, string?> { ["K.cs"] = o }, new Dictionary<string, string?> { ["K.cs"] = t });
        repo.TryGit("merge", "topic");
        var drawn = Regions(repo.Read("K.cs"));
        Assert.Contains("        int a = 2;\n<<<<<<< HEAD\n", repo.Read("K.cs"));
        foreach (var (stage, name) in new[] { (1, "K.base.cs"), (2, "K.local.cs"), (3, "K.remote.cs") })
        {
            repo.Write(name, repo.Git("show", $":{stage}:K.cs"));
        }

        var (code, _, _) = Tool(repo, "mergetool", "K.base.cs", "K.local.cs", "K.remote.cs", "K.cs");

        Assert.Equal(1, code);
        Assert.Equal([drawn[1]], Regions(repo.Read("K.cs")));
        Assert.Contains(TokenMerged, repo.Read("K.cs"));
    }
}
