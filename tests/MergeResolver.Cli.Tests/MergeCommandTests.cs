using System.Text;

namespace MergeResolver.Cli.Tests;

public sealed class MergeCommandTests
{
    [Fact]
    public void No_resolve_prints_what_git_merge_file_prints_with_the_same_labels()
    {
        using var dir = new TempDir();
        var (b, o, t) = Examples.SameToken;
        var (code, stdout, _) = CliProcess.Run(dir.Path, "merge", "--no-resolve", dir.Write("b", b), dir.Write("o", o), dir.Write("t", t));
        Assert.Equal(1, code);
        Assert.Equal(GitProcess.MergeFile(o, b, t, "--diff3"), Encoding.UTF8.GetString(stdout));
    }

    [Fact]
    public void Labels_set_with_L_go_on_the_markers_in_gits_order()
    {
        using var dir = new TempDir();
        var (b, o, t) = Examples.SameToken;
        var (_, stdout, _) = CliProcess.Run(dir.Path, "merge", "--no-resolve", "-L", "HEAD", "-L", "merged common ancestors", "-L", "topic",
            dir.Write("b", b), dir.Write("o", o), dir.Write("t", t));
        var text = Encoding.UTF8.GetString(stdout);
        Assert.Contains("<<<<<<< HEAD\n", text);
        Assert.Contains("||||||| merged common ancestors\n", text);
        Assert.Contains(">>>>>>> topic\n", text);
    }

    [Fact]
    public void A_conflict_the_token_merge_resolves_is_written_to_the_output_and_exits_0()
    {
        using var dir = new TempDir();
        var (b, o, t, resolved) = Examples.TokenLevel;
        var (code, _, _) = CliProcess.Run(dir.Path, "merge", dir.Write("b.cs", b), dir.Write("o.cs", o), dir.Write("t.cs", t), "-o", Path.Combine(dir.Path, "out.cs"));
        Assert.Equal(0, code);
        Assert.Equal(resolved, dir.Read("out.cs"));
    }

    [Fact]
    public void Explain_tells_for_each_hunk_what_was_done_and_why()
    {
        using var dir = new TempDir();
        var (b, o, t, _) = Examples.TokenLevel;
        var (_, _, stderr) = CliProcess.Run(dir.Path, "merge", "--explain", dir.Write("b.cs", b), dir.Write("o.cs", o), dir.Write("t.cs", t));
        Assert.Contains("hunk 1 (ours lines 7-7", stderr);
        Assert.Contains("resolved: token-merge (73%): ours and theirs change different tokens", stderr);
    }

    [Fact]
    public void A_bom_and_crlf_line_endings_survive_the_merge()
    {
        using var dir = new TempDir();
        var (b, o, t, resolved) = Examples.TokenLevel;
        static byte[] Crlf(string s) => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(s.Replace("\n", "\r\n"))];
        var (code, _, _) = CliProcess.Run(dir.Path, "merge",
            dir.WriteBytes("b.cs", Crlf(b)), dir.WriteBytes("o.cs", Crlf(o)), dir.WriteBytes("t.cs", Crlf(t)), "-o", Path.Combine(dir.Path, "out.cs"));
        Assert.Equal(0, code);
        Assert.Equal(Crlf(resolved), File.ReadAllBytes(Path.Combine(dir.Path, "out.cs")));
    }

    [Fact]
    public void A_binary_input_is_refused_with_exit_3_and_nothing_is_written()
    {
        using var dir = new TempDir();
        var (code, stdout, stderr) = CliProcess.Run(dir.Path, "merge",
            dir.Write("b", "a\n"), dir.WriteBytes("o", [(byte)'a', 0, (byte)'\n']), dir.Write("t", "b\n"), "-o", Path.Combine(dir.Path, "out"));
        Assert.Equal(3, code);
        Assert.Contains("binary", stderr);
        Assert.Empty(stdout);
        Assert.False(File.Exists(Path.Combine(dir.Path, "out")));
    }

    [Fact]
    public void Invalid_utf8_is_refused_with_exit_3()
    {
        using var dir = new TempDir();
        var (code, _, stderr) = CliProcess.Run(dir.Path, "merge", dir.Write("b", "a\n"), dir.WriteBytes("o", [0xC3, 0x28, (byte)'\n']), dir.Write("t", "b\n"));
        Assert.Equal(3, code);
        Assert.Contains("not valid UTF-8", stderr);
    }

    [Fact]
    public void A_missing_input_is_an_io_error_with_exit_4()
    {
        using var dir = new TempDir();
        var (code, _, stderr) = CliProcess.Run(dir.Path, "merge", "nope", dir.Write("o", "a\n"), dir.Write("t", "b\n"));
        Assert.Equal(4, code);
        Assert.Contains("cannot read BASE 'nope'", stderr);
    }

    [Fact]
    public void A_wrong_command_line_exits_2()
    {
        using var dir = new TempDir();
        var (code, _, stderr) = CliProcess.Run(dir.Path, "merge", "only-one-file");
        Assert.Equal(2, code);
        Assert.Contains("Try 'mergeresolver merge --help'", stderr);
    }

    [Fact]
    public void Every_command_has_help()
    {
        using var dir = new TempDir();
        foreach (var command in new[] { "merge", "mergetool", "eval" })
        {
            var (code, stdout, _) = CliProcess.Run(dir.Path, command, "--help");
            Assert.Equal(0, code);
            Assert.Contains("Usage:", Encoding.UTF8.GetString(stdout));
        }
    }
}
