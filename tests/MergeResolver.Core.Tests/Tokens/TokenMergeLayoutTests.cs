using MergeResolver.Patterns;
using MergeResolver.Tokens;

namespace MergeResolver.Core.Tests.Tokens;

/// <summary>Where the white space of a token-merge resolution comes from: the side that put the tokens next to each other.</summary>
public sealed class TokenMergeLayoutTests
{
    private static string Resolved(string b, string o, string t, ITokenizer? tokenizer = null)
    {
        var result = TokenMerger.Merge(b, o, t, tokenizer ?? CSharpTokenizer.Instance);
        Assert.True(result.IsResolved);
        return result.Render((_, _) => throw new InvalidOperationException());
    }

    [Fact]
    public void A_comment_line_one_side_inserts_keeps_its_line_break_before_the_next_statement()
    {
        var text = Resolved(
            "        Save(1);\n",
            "        Save(2);\n",
            "        // persist the value\n        Save(1);\n");
        Assert.Equal("        // persist the value\n        Save(2);\n", text);
    }

    [Fact]
    public void A_line_inserted_above_a_changed_line_of_plain_text_stays_a_line_of_its_own()
    {
        Assert.Equal("y = 0\nx = 2\n", Resolved("x = 1\n", "x = 2\n", "y = 0\nx = 1\n", GenericTokenizer.Instance));
    }

    [Fact]
    public void A_word_inserted_before_a_changed_line_keeps_the_space_after_it()
    {
        Assert.Equal("async def f(a, b):\n", Resolved("def f(a):\n", "def f(a, b):\n", "async def f(a):\n", GenericTokenizer.Instance));
    }

    [Fact]
    public void An_attribute_inserted_before_a_type_argument_keeps_the_space_after_it()
    {
        Assert.Equal(
            "public static ConnectionBuilder<[NotAGraphType] TSourceType> Build()\n",
            Resolved(
                "public static ConnectionBuilder<TSourceType> Create()\n",
                "public static ConnectionBuilder<TSourceType> Build()\n",
                "public static ConnectionBuilder<[NotAGraphType] TSourceType> Create()\n"));
    }

    [Fact]
    public void Tokens_one_side_deletes_take_that_sides_white_space_between_their_neighbours()
    {
        Assert.Equal(
            "    Run(y);\n    Done();\n",
            Resolved("    Run(x);\n    Stop();\n    Done();\n", "    Run(y);\n    Stop();\n    Done();\n", "    Run(x);\n    Done();\n"));
    }

    [Fact]
    public void A_resolution_takes_ours_line_breaks_when_theirs_uses_others()
    {
        Assert.Equal(
            "    A2();\r\n    B();\r\n    C();\r\n",
            Resolved("    A();\r\n    B();\r\n", "    A2();\r\n    B();\r\n", "    A();\n    B();\n    C();\n"));
    }

    [Fact]
    public void A_replacement_on_one_side_beside_the_same_insertion_on_the_other_is_not_resolved_twice()
    {
        var result = TokenMerger.Merge(
            "    Init();\n    OldSetup();\n    Finish();\n",
            "    Init();\n    Charge(order);\n    Finish();\n",
            "    Init();\n    OldSetup();\n    Charge(order);\n    Finish();\n",
            CSharpTokenizer.Instance);
        Assert.False(result.IsResolved);
    }

    [Fact]
    public void A_conflict_resolved_by_a_pattern_keeps_the_white_space_of_the_side_it_takes()
    {
        var result = TokenMerger.Merge("a = 1;\n", "// new\na = 2;\n", "a = 3;\n", CSharpTokenizer.Instance);
        Assert.Single(result.Conflicts);
        Assert.Equal("// new\na = 2;\n", result.Render((c, _) => c.Apply(MergePattern.Ours)));
        Assert.Equal("// new\na = 3;\n", result.Render((c, _) => c.Apply(MergePattern.Theirs)));
    }
}
