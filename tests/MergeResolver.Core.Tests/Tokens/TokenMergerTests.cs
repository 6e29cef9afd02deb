using MergeResolver.Tokens;

namespace MergeResolver.Core.Tests.Tokens;

public sealed class TokenMergerTests
{
    private static TokenMergeResult Merge(string b, string o, string t) => TokenMerger.Merge(b, o, t, CSharpTokenizer.Instance);

    [Fact]
    public void Changes_to_different_tokens_of_one_line_merge_by_themselves()
    {
        var result = Merge("var x = Compute(a, b);\n", "var total = Compute(a, b);\n", "var x = Compute(a, c);\n");
        Assert.True(result.IsResolved);
        Assert.Equal("var total = Compute(a, c);\n", result.Render((_, _) => throw new InvalidOperationException()));
    }

    [Fact]
    public void Different_changes_to_the_same_token_are_a_token_conflict()
    {
        var result = Merge("int x = 1;\n", "int x = 2;\n", "int x = 3;\n");
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal("2", conflict.Ours.Text.Trim());
        Assert.Equal("1", conflict.Base.Text.Trim());
        Assert.Equal("3", conflict.Theirs.Text.Trim());
        Assert.Equal("int x = 2;\n", result.Render((c, _) => c.Ours.Text));
    }

    [Fact]
    public void Sides_that_differ_only_in_white_space_merge_to_ours()
    {
        var result = Merge("f(a,b);\n", "f(a, b);\n", "f( a,b );\n");
        Assert.True(result.IsResolved);
        Assert.Equal("f(a, b);\n", result.Render((_, _) => string.Empty));
    }

    [Fact]
    public void Tokens_a_side_inserts_keep_that_sides_line_breaks_and_indentation()
    {
        var result = Merge(
            "    A();\n    B();\n    C();\n",
            "    A2();\n    B();\n    C();\n",
            "    A();\n    B();\n    Inserted();\n    C();\n");
        Assert.True(result.IsResolved);
        Assert.Equal("    A2();\n    B();\n    Inserted();\n    C();\n", result.Render((_, _) => string.Empty));
    }

    [Fact]
    public void When_one_side_changed_no_token_the_other_side_is_taken_whole()
    {
        var result = Merge("a  b\n", "a b\n", "a b c\n");
        Assert.Equal("a b c\n", result.Render((_, _) => string.Empty));
    }
}
