using System.Text;

namespace MergeResolver.Cli.Tests;

public sealed class MergetoolCommandTests
{
    [Fact]
    public void A_resolvable_conflict_is_written_to_merged_and_exits_0()
    {
        using var dir = new TempDir();
        var (b, o, t, resolved) = Examples.TokenLevel;
        var merged = dir.Write("Cart.cs", GitProcess.MergeFile(o, b, t));
        var (code, _, _) = CliProcess.Run(dir.Path, "mergetool", dir.Write("BASE.cs", b), dir.Write("LOCAL.cs", o), dir.Write("REMOTE.cs", t), merged);
        Assert.Equal(0, code);
        Assert.Equal(resolved, dir.Read("Cart.cs"));
    }

    [Fact]
    public void When_nothing_is_resolved_merged_stays_byte_for_byte_as_git_wrote_it_and_exits_1()
    {
        using var dir = new TempDir();
        var (b, o, t) = Examples.SameToken;
        var gitWrote = GitProcess.MergeFile(o, b, t).Replace("<<<<<<< ours", "<<<<<<< HEAD");
        var merged = dir.Write("Cart.cs", gitWrote);
        var (code, _, _) = CliProcess.Run(dir.Path, "mergetool", dir.Write("BASE.cs", b), dir.Write("LOCAL.cs", o), dir.Write("REMOTE.cs", t), merged);
        Assert.Equal(1, code);
        Assert.Equal(gitWrote, dir.Read("Cart.cs"));
    }

    [Fact]
    public void Hunks_left_keep_the_labels_and_style_git_used_in_merged()
    {
        using var dir = new TempDir();
        var (b, o, t, _) = Examples.TokenLevel;
        var (_, o2, t2) = Examples.SameToken;
        // Two hunks: the first resolvable, the second not.
        string Join(string first, string second) => first + "\n// separator one\n// separator two\n// separator three\n// four\n" + second;
        var (bb, oo, tt) = (Join(b, Examples.SameToken.Base), Join(o, o2), Join(t, t2));
        var gitWrote = GitProcess.MergeFile(oo, bb, tt).Replace("<<<<<<< ours", "<<<<<<< HEAD").Replace(">>>>>>> theirs", ">>>>>>> feature/x");
        gitWrote = string.Join("", gitWrote.Split('\n').Where(l => !l.StartsWith("|||||||")).Select(l => l + "\n")).TrimEnd('\n') + "\n";
        var merged = dir.Write("Cart.cs", gitWrote);
        var (code, _, _) = CliProcess.Run(dir.Path, "mergetool", dir.Write("BASE.cs", bb), dir.Write("LOCAL.cs", oo), dir.Write("REMOTE.cs", tt), merged);
        Assert.Equal(1, code);
        var text = dir.Read("Cart.cs");
        Assert.Contains("<<<<<<< HEAD\n        return 2;\n=======\n        return 3;\n>>>>>>> feature/x\n", text);
        Assert.Contains("SumOf(items, 1m)", text);
    }

    [Fact]
    public void A_read_only_merged_file_is_an_io_error_and_stays_unchanged()
    {
        using var dir = new TempDir();
        var (b, o, t, _) = Examples.TokenLevel;
        var gitWrote = GitProcess.MergeFile(o, b, t);
        var merged = dir.Write("Cart.cs", gitWrote);
        File.SetAttributes(merged, FileAttributes.ReadOnly);
        var (code, _, stderr) = CliProcess.Run(dir.Path, "mergetool", dir.Write("BASE.cs", b), dir.Write("LOCAL.cs", o), dir.Write("REMOTE.cs", t), merged);
        Assert.Equal(4, code);
        Assert.Contains("read-only", stderr);
        Assert.Equal(gitWrote, dir.Read("Cart.cs"));
    }

    [Fact]
    public void A_merged_path_that_is_a_symbolic_link_is_refused_and_the_link_kept()
    {
        using var dir = new TempDir();
        var (b, o, t, _) = Examples.TokenLevel;
        var target = dir.Write("Real.cs", GitProcess.MergeFile(o, b, t));
        var link = Path.Combine(dir.Path, "Cart.cs");
        File.CreateSymbolicLink(link, target);
        var (code, _, stderr) = CliProcess.Run(dir.Path, "mergetool", dir.Write("BASE.cs", b), dir.Write("LOCAL.cs", o), dir.Write("REMOTE.cs", t), link);
        Assert.Equal(4, code);
        Assert.Contains("symbolic link", stderr);
        Assert.NotNull(new FileInfo(link).LinkTarget);
        Assert.Equal(GitProcess.MergeFile(o, b, t), Encoding.UTF8.GetString(File.ReadAllBytes(target)));
    }
}
