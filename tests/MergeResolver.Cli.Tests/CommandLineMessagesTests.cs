using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>Help and errors name things as the README does, and every error says what is wrong.</summary>
public sealed class CommandLineMessagesTests
{
    private static (int Code, string Stdout, string Stderr) Tool(params string[] args)
    {
        using var dir = new TempDir();
        var (code, stdout, stderr) = CliProcess.Run(dir.Path, args);
        return (code, Encoding.UTF8.GetString(stdout), stderr);
    }

    [Fact]
    public void An_unknown_option_is_named_rather_than_the_file_after_it()
    {
        var (code, _, stderr) = Tool("merge", "--frobnicate", "Cart.base.cs", "Cart.ours.cs", "Cart.theirs.cs");
        Assert.Equal(2, code);
        Assert.Contains("'merge' has no option '--frobnicate'", stderr);
        Assert.DoesNotContain("Cart.theirs.cs", stderr);
        Assert.Contains("Try 'mergeresolver merge --help'.", stderr);
    }

    [Fact]
    public void Eval_without_a_dataset_says_what_it_needs()
    {
        var (code, _, stderr) = Tool("eval");
        Assert.Equal(2, code);
        Assert.Contains("eval needs a DATASET file or --repo DIR", stderr);
    }

    [Fact]
    public void Merge_help_uses_the_readme_names_and_states_each_default_once()
    {
        var (_, help, _) = Tool("merge", "--help");
        Assert.Contains("--conflict-style <merge|diff3|zdiff3>", help);
        Assert.Contains("--diff-algorithm <myers|histogram>", help);
        Assert.Contains("-L <LABEL>", help);
        Assert.Contains("[default: myers]", help);
        Assert.DoesNotContain("Default: myers", help);
        Assert.DoesNotContain("ZealousDiff3", help);
    }

    [Fact]
    public void A_conflict_style_by_another_name_is_refused_with_the_names_accepted()
    {
        var (code, _, stderr) = Tool("merge", "--conflict-style", "zealous", "b", "o", "t");
        Assert.Equal(2, code);
        Assert.Contains("'merge'", stderr);
        Assert.Contains("'zdiff3'", stderr);
    }
}
