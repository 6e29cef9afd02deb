using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>Inputs that try to confuse the tool: each gets a clear answer, and nothing is lost.</summary>
public sealed class HostileInputTests
{
    private const string WithMarkerLikeLines = "class C\n{\n    const string S = @\"\n=======\n<<<<<<< not a marker\n\";\n    // >>>>>>> nor this\n    int x = 1;\n}\n";

    private static (int Code, string Stdout, string Stderr) Tool(string dir, params string[] args)
    {
        var (code, stdout, stderr) = CliProcess.Run(dir, args);
        return (code, Encoding.UTF8.GetString(stdout), stderr);
    }

    [Fact]
    public void Marker_like_lines_in_strings_and_comments_merge_as_git_merges_them()
    {
        using var dir = new TempDir();
        var ours = WithMarkerLikeLines.Replace("int x = 1;", "int x = 2;");
        var theirs = WithMarkerLikeLines.Replace("int x = 1;", "int x = 3;").Replace("nor this", "nor that");
        var (code, stdout, _) = Tool(dir.Path, "merge", "--no-resolve", dir.Write("b.cs", WithMarkerLikeLines), dir.Write("o.cs", ours), dir.Write("t.cs", theirs));
        Assert.Equal(1, code);
        Assert.Equal(GitProcess.MergeFile(ours, WithMarkerLikeLines, theirs, "--diff3"), stdout);
    }

    [Fact]
    public void Unbalanced_and_nested_markers_already_in_the_inputs_are_plain_text_to_the_merge()
    {
        using var dir = new TempDir();
        const string b = "a\n<<<<<<< stray\nb\n";
        const string o = "a\n<<<<<<< stray\n<<<<<<< nested\nB\n";
        const string t = "a\n<<<<<<< stray\nb2\n=======\n";
        var (_, stdout, _) = Tool(dir.Path, "merge", "--no-resolve", dir.Write("b", b), dir.Write("o", o), dir.Write("t", t));
        Assert.Equal(GitProcess.MergeFile(o, b, t, "--diff3"), stdout);
    }

    [Fact]
    public void Inputs_that_do_not_belong_together_become_one_conflict_left_as_git_writes_it()
    {
        using var dir = new TempDir();
        const string b = "alpha\nbeta\n", o = "class A { }\n", t = "# A readme\n\nText.\n";
        var (code, stdout, _) = Tool(dir.Path, "merge", dir.Write("b.cs", b), dir.Write("o.cs", o), dir.Write("t.cs", t));
        Assert.Equal(1, code);
        Assert.Equal(GitProcess.MergeFile(o, b, t, "--diff3"), stdout);
    }

    [Fact]
    public void Mergetool_refuses_an_input_with_nul_bytes_and_leaves_merged_unchanged()
    {
        using var dir = new TempDir();
        var merged = dir.Write("M.cs", "<<<<<<< ours\na\n=======\nb\n>>>>>>> theirs\n");
        var (code, _, stderr) = Tool(dir.Path, "mergetool", dir.Write("B.cs", "x\n"), dir.WriteBytes("L.cs", [(byte)'a', 0, (byte)'\n']), dir.Write("R.cs", "b\n"), merged);
        Assert.Equal(3, code);
        Assert.Contains("LOCAL", stderr);
        Assert.Equal("<<<<<<< ours\na\n=======\nb\n>>>>>>> theirs\n", dir.Read("M.cs"));
    }

    [Fact]
    public void The_driver_hands_input_it_cannot_decode_to_git_merge_file_so_both_sides_stay()
    {
        using var dir = new TempDir();
        byte[] invalid = [(byte)'a', 0xC3, 0x28, (byte)'\n'];
        var current = dir.WriteBytes("A", invalid);
        var (code, _, stderr) = Tool(dir.Path, "driver", dir.Write("O", "a\n"), current, dir.Write("B", "b\n"), "7", "src/X.cs");
        Assert.Equal(1, code);
        Assert.Contains("not valid UTF-8", stderr);
        Assert.Contains("git's own line merge", stderr);
        byte[] expected = [.. "<<<<<<< HEAD\n"u8, (byte)'a', 0xC3, 0x28, .. "\n=======\nb\n>>>>>>> theirs\n"u8];
        Assert.Equal(expected, File.ReadAllBytes(current));
    }

    [Fact]
    public void The_driver_fails_above_128_on_a_read_only_result_file_and_leaves_it_unchanged()
    {
        using var dir = new TempDir();
        var (b, o, t, _) = Examples.TokenLevel;
        var current = dir.Write("A", o);
        File.SetAttributes(current, FileAttributes.ReadOnly);
        var (code, _, stderr) = Tool(dir.Path, "driver", dir.Write("O", b), current, dir.Write("B", t), "7", "src/Cart.cs");
        Assert.True(code > 128, $"exit {code}");
        Assert.Contains("read-only", stderr);
        Assert.Equal(o, dir.Read("A"));
    }

    [Fact]
    public void A_batch_run_reports_a_binary_conflict_and_leaves_it_alone()
    {
        using var repo = new GitRepository();
        repo.Write("data.cs", "seed\n");
        repo.Commit("base");
        repo.Git("checkout", "-q", "-b", "topic");
        File.WriteAllBytes(Path.Combine(repo.Path, "data.cs"), [1, 0, 2, (byte)'\n']);
        repo.Commit("theirs");
        repo.Git("checkout", "-q", "main");
        File.WriteAllBytes(Path.Combine(repo.Path, "data.cs"), [3, 0, 4, (byte)'\n']);
        repo.Commit("ours");
        repo.TryGit("merge", "topic");
        var before = File.ReadAllBytes(Path.Combine(repo.Path, "data.cs"));

        var (code, stdout, _) = CliProcess.Run(repo.Path, "resolve");

        Assert.Equal(1, code);
        Assert.Contains("skipped   data.cs: binary content", Encoding.UTF8.GetString(stdout));
        Assert.Equal(before, File.ReadAllBytes(Path.Combine(repo.Path, "data.cs")));
        Assert.Equal(["data.cs"], repo.Unmerged());
    }

    [Fact]
    public void A_resolution_nested_too_deep_to_parse_is_left_with_markers_instead_of_crashing()
    {
        using var dir = new TempDir();
        const string b = "class C\n{\n    void M()\n    {\n        var x = 1;\n    }\n}\n";
        var o = b.Replace("x = 1", "x = " + new string('(', 25_000) + "2" + new string(')', 25_000), StringComparison.Ordinal);
        var t = b.Replace("var x", "int x", StringComparison.Ordinal);
        var (code, stdout, _) = Tool(dir.Path, "merge", dir.Write("b.cs", b), dir.Write("o.cs", o), dir.Write("t.cs", t));
        Assert.Equal(1, code);
        Assert.Equal(GitProcess.MergeFile(o, b, t, "--diff3"), stdout);
    }

    [Theory]
    [InlineData("-5")]
    [InlineData("0")]
    [InlineData("2000000000")]
    public void A_marker_size_outside_1_to_1000_is_a_command_line_error(string size)
    {
        using var dir = new TempDir();
        var (code, _, stderr) = Tool(dir.Path, "merge", "--marker-size", size, dir.Write("b", "a\n"), dir.Write("o", "b\n"), dir.Write("t", "c\n"));
        Assert.Equal(2, code);
        Assert.Contains("--marker-size takes a length from 1 to 1000", stderr);
    }
}
