using MergeResolver.Merge;
using MergeResolver.Resolution;

namespace MergeResolver.Core.Tests.Resolution;

public sealed class ResolverTests
{
    private const string Before = "class C\n{\n    void M()\n    {\n";
    private const string After = "    }\n}\n";

    private static ResolvedMerge Resolve(string b, string o, string t, ResolutionStrategy strategy = ResolutionStrategy.Default, ConflictMarkers? markers = null) =>
        new Resolver(new ResolverOptions { Strategy = strategy, Markers = markers ?? ConflictMarkers.Default }).Resolve(new MergeInput(Before + b + After, Before + o + After, Before + t + After, "C.cs"));

    [Fact]
    public void A_hunk_whose_sides_change_different_tokens_is_resolved_by_the_token_merge()
    {
        var merge = Resolve("        Log(a, b);\n", "        Trace(a, b);\n", "        Log(a, c);\n");
        Assert.Equal(0, merge.ConflictsLeft);
        Assert.Equal(Before + "        Trace(a, c);\n" + After, merge.Render());
        Assert.Equal("token-merge", merge.Hunks[0].Resolution!.Method);
    }

    [Fact]
    public void A_hunk_with_a_token_conflict_is_left_exactly_as_git_draws_it()
    {
        const string b = "        x = 1;\n", o = "        x = 2;\n", t = "        x = 3;\n";
        var merge = Resolve(b, o, t);
        Assert.Equal(1, merge.ConflictsLeft);
        Assert.Equal(ConflictRenderer.Render(LineMerger.Merge(Before + b + After, Before + o + After, Before + t + After).Chunks), merge.Render());
        Assert.Contains("1 token conflict", merge.Hunks[0].Explanation);
    }

    [Fact]
    public void A_token_merge_that_breaks_the_syntax_is_not_applied()
    {
        // Each side parses; together they leave an "else" without its "if".
        var merge = Resolve("        if (a) X(); Y();\n", "        if (a) X(); else Z(); Y();\n", "        X(); Y();\n");
        Assert.Equal(1, merge.ConflictsLeft);
        Assert.Contains("syntax errors", merge.Hunks[0].Explanation);
    }

    [Fact]
    public void The_token_merge_baseline_applies_it_unchecked()
    {
        var merge = Resolve("        if (a) X(); Y();\n", "        if (a) X(); else Z(); Y();\n", "        X(); Y();\n", ResolutionStrategy.TokenMerge);
        Assert.Equal(0, merge.ConflictsLeft);
    }

    [Fact]
    public void Hunks_left_are_drawn_in_the_style_asked_for()
    {
        var merge = Resolve("        x = 1;\n", "        x = 2;\n", "        x = 3;\n", markers: new ConflictMarkers { Style = ConflictStyle.Merge, OursLabel = "HEAD", TheirsLabel = "topic" });
        var text = merge.Render();
        Assert.Contains("<<<<<<< HEAD\n        x = 2;\n=======\n        x = 3;\n>>>>>>> topic\n", text);
        Assert.DoesNotContain("|||||||", text);
    }

    [Fact]
    public void Sides_that_differ_in_white_space_alone_keep_ours_with_their_own_confidence()
    {
        var merge = Resolve("        Log(a,b);\n", "        Log(a, b);\n", "        Log( a, b );\n");
        var resolution = merge.Hunks[0].Resolution!;
        Assert.Equal("same-tokens", resolution.Method);
        Assert.Equal("        Log(a, b);\n", resolution.Text);
        Assert.True(resolution.Confidence > new Resolver().Resolve(new MergeInput("a x b\n", "a x c\n", "d x b\n", "X.cs")).Hunks[0].Resolution!.Confidence);
    }

    [Fact]
    public void A_resolution_below_the_threshold_is_left_with_the_reason()
    {
        var merge = new Resolver(new ResolverOptions { Threshold = 0.9 })
            .Resolve(new MergeInput(Before + "        Log(a, b);\n" + After, Before + "        Trace(a, b);\n" + After, Before + "        Log(a, c);\n" + After, "C.cs"));
        Assert.Equal(1, merge.ConflictsLeft);
        Assert.Contains("below the threshold 0.90", merge.Hunks[0].Explanation);
    }

    [Fact]
    public void A_version_both_sides_change_in_a_project_file_is_left_not_merged_digit_by_digit()
    {
        var merge = new Resolver().Resolve(new MergeInput(
            "<PackageReference Include=\"GraphQL\" Version=\"8.4.1\" />\n",
            "<PackageReference Include=\"GraphQL\" Version=\"9.2.1\" />\n",
            "<PackageReference Include=\"GraphQL\" Version=\"8.4.2\" />\n",
            "src/GraphQL.csproj"));
        Assert.Equal(1, merge.ConflictsLeft);
        Assert.DoesNotContain("9.2.2", merge.Render());
    }

    [Fact]
    public void Outside_csharp_changes_to_different_tokens_of_a_line_are_left_for_a_whole_hunk_choice()
    {
        var merge = new Resolver().Resolve(new MergeInput("x = 1\n", "x = 2\n", "y = 0\nx = 1\n", "notes.txt"));
        Assert.Equal(1, merge.ConflictsLeft);
        Assert.Contains("not merged", merge.Hunks[0].Explanation);
    }

    [Fact]
    public void Re_indentation_in_python_is_a_real_conflict()
    {
        var merge = new Resolver().Resolve(new MergeInput(
            "def f():\n    if a:\n        g()\n    h()\n",
            "def f():\n    if a:\n        g()\n        h()\n",
            "def f():\n    if a:\n        g()\n    h()  \n",
            "tool.py"));
        Assert.Equal(1, merge.ConflictsLeft);
    }

    [Fact]
    public void A_hunk_inside_a_raw_string_literal_keeps_ours_white_space_change_as_a_conflict()
    {
        const string head = "class C\n{\n    string s = \"\"\"\n        first\n";
        const string tail = "        last\n        \"\"\";\n}\n";
        var merge = new Resolver().Resolve(new MergeInput(
            head + "        a b\n" + tail,
            head + "            a b\n" + tail,
            head + "        a c\n" + tail,
            "C.cs"));
        Assert.Equal(1, merge.ConflictsLeft);
        Assert.Contains("string literal", merge.Hunks[0].Explanation);
    }

    [Fact]
    public void Outside_a_literal_the_same_white_space_change_beside_a_token_change_takes_the_token_change()
    {
        var merge = Resolve("        a(b);\n", "            a(b);\n", "        a(c);\n");
        Assert.Equal(0, merge.ConflictsLeft);
        Assert.Equal(Before + "        a(c);\n" + After, merge.Render());
    }

    [Fact]
    public void Two_hunks_git_draws_as_one_conflict_are_resolved_whole_or_left_whole()
    {
        // Three unchanged lines apart: the merge style draws one conflict; the first hunk alone resolves.
        var markers = new ConflictMarkers { Style = ConflictStyle.Merge, JoinAcrossPunctuationLines = false };
        var merge = Resolve("        Log(a, b);\n        x();\n        y();\n        z();\n        n = 1;\n", "        Trace(a, b);\n        x();\n        y();\n        z();\n        n = 2;\n", "        Log(a, c);\n        x();\n        y();\n        z();\n        n = 3;\n", markers: markers);

        Assert.Equal(2, merge.Hunks.Length);
        Assert.All(merge.Hunks, h => Assert.False(h.IsResolved));
        Assert.Equal("left: git draws it as one conflict with hunk 2, which is left", merge.Hunks[0].Explanation);
        Assert.Single(ConflictMarkerParser.Parse(merge.Render()));
    }

    [Fact]
    public void In_the_diff3_style_the_same_hunks_are_drawn_apart_and_the_first_is_resolved()
    {
        var merge = Resolve("        Log(a, b);\n        x();\n        y();\n        z();\n        n = 1;\n", "        Trace(a, b);\n        x();\n        y();\n        z();\n        n = 2;\n", "        Log(a, c);\n        x();\n        y();\n        z();\n        n = 3;\n");

        Assert.True(merge.Hunks[0].IsResolved);
        Assert.False(merge.Hunks[1].IsResolved);
    }
}
