namespace MergeResolver.Analyzers.Tests;

public sealed class ConflictMarkerCodeFixTests
{
    private const string Head = "class Cart\n{\n    decimal Total()\n    {\n";
    private const string Tail = "    }\n\n    int Count => 0;\n}\n";

    private static string Diff3(string ours, string @base, string theirs, string eol = "\n") =>
        (Head + "<<<<<<< HEAD\n" + ours + "||||||| merged common ancestors\n" + @base + "=======\n" + theirs + ">>>>>>> feature\n" + Tail).Replace("\n", eol);

    private const string Ours = "        return Sum(items, 0m) * rate;\n";
    private const string Base = "        return Sum(items, 0m);\n";
    private const string Theirs = "        return SumOf(items, 0m);\n";
    private const string Merged = "        return SumOf(items, 0m) * rate;\n";

    [Fact]
    public async Task Diff3_markers_offer_the_token_merge_first_with_its_confidence_then_the_plain_patterns()
    {
        using var workspace = new Workspace(Diff3(Ours, Base, Theirs));
        var titles = (await workspace.ActionsAsync()).Select(a => a.Title).ToList();
        Assert.Equal(
            [
                "Merge both changes token by token (73%)",
                "Take HEAD",
                "Take feature",
                "Take the base (merged common ancestors)",
                "Keep both: HEAD, then feature",
                "Keep both: feature, then HEAD",
            ],
            titles);
    }

    [Theory]
    [InlineData(0, Merged)]
    [InlineData(1, Ours)]
    [InlineData(2, Theirs)]
    [InlineData(3, Base)]
    [InlineData(4, Ours + Theirs)]
    [InlineData(5, Theirs + Ours)]
    public async Task Each_action_replaces_the_whole_conflict_with_its_text(int index, string expected)
    {
        using var workspace = new Workspace(Diff3(Ours, Base, Theirs));
        var actions = await workspace.ActionsAsync();
        Assert.Equal(Head + expected + Tail, await workspace.ApplyAsync(actions[index]));
    }

    [Fact]
    public async Task Two_way_markers_offer_the_plain_patterns_without_a_base()
    {
        using var workspace = new Workspace(Head + "<<<<<<< ours\n" + Ours + "=======\n" + Theirs + ">>>>>>> theirs\n" + Tail);
        var titles = (await workspace.ActionsAsync()).Select(a => a.Title).ToList();
        Assert.Equal(["Take ours", "Take theirs", "Keep both: ours, then theirs", "Keep both: theirs, then ours"], titles);
    }

    [Fact]
    public async Task A_crlf_document_keeps_its_line_endings()
    {
        using var workspace = new Workspace(Diff3(Ours, Base, Theirs, "\r\n"));
        var actions = await workspace.ActionsAsync();
        Assert.Equal((Head + Merged + Tail).Replace("\n", "\r\n"), await workspace.ApplyAsync(actions[0]));
        Assert.Equal((Head + Ours + Tail).Replace("\n", "\r\n"), await workspace.ApplyAsync(actions[1]));
    }

    [Fact]
    public async Task A_conflict_inside_a_verbatim_string_is_reported_and_resolved_as_text()
    {
        const string head = "class Sql\n{\n    const string Query = @\"\n";
        const string tail = "\";\n}\n";
        var text = head + "<<<<<<< HEAD\nSELECT a, b\n||||||| base\nSELECT a\n=======\nSELECT a FROM t\n>>>>>>> feature\n" + tail;
        using var workspace = new Workspace(text);
        Assert.Empty(await workspace.ConflictDiagnosticsAsync());
        var hidden = Assert.Single(await workspace.AnalyzerDiagnosticsAsync());
        Assert.Equal("MR0001", hidden.Id);
        var takeHead = (await workspace.ActionsAtAsync(hidden)).Single(a => a.Title == "Take HEAD");
        Assert.Equal(head + "SELECT a, b\n" + tail, await workspace.ApplyAsync(takeHead));
    }

    [Fact]
    public async Task Fix_all_resolves_exactly_the_confident_conflicts_and_leaves_the_rest()
    {
        const string unsure = "<<<<<<< HEAD\n    int Count => 1;\n||||||| base\n    int Count => 0;\n=======\n    int Count => 2;\n>>>>>>> feature\n";
        var text = Head + "<<<<<<< HEAD\n" + Ours + "||||||| base\n" + Base + "=======\n" + Theirs + ">>>>>>> feature\n" + "    }\n\n" + unsure + "}\n";
        using var workspace = new Workspace(text);
        Assert.Equal(Head + Merged + "    }\n\n" + unsure + "}\n", await workspace.FixAllAsync());
    }

    [Fact]
    public async Task Only_the_opening_marker_offers_fixes_among_the_four_marker_diagnostics()
    {
        using var workspace = new Workspace(Diff3(Ours, Base, Theirs));
        var offered = new List<int>();
        foreach (var diagnostic in await workspace.ConflictDiagnosticsAsync())
        {
            offered.Add((await workspace.ActionsAtAsync(diagnostic)).Count);
        }

        Assert.Equal([6, 0, 0, 0], offered);
    }

    [Theory]
    [InlineData("\n")]
    [InlineData("\r\n")]
    [InlineData("\r")]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public async Task Every_kind_of_line_break_above_a_conflict_leaves_the_right_span_replaced(string lineBreak)
    {
        string head = Head.Replace("    decimal Total()\n", "    /* note:" + lineBreak + " see ticket */\n    decimal Total()\n", StringComparison.Ordinal);
        using var workspace = new Workspace(head + "<<<<<<< HEAD\n" + Ours + "||||||| merged common ancestors\n" + Base + "=======\n" + Theirs + ">>>>>>> feature\n" + Tail);
        var actions = await workspace.ActionsAsync();
        var takeHead = actions.Single(a => a.Title == "Take HEAD");
        Assert.Equal(head + Ours + Tail, await workspace.ApplyAsync(takeHead));
    }

    [Theory]
    [InlineData("Take HEAD")]
    [InlineData("Keep both: feature, then HEAD")]
    public async Task Fix_all_started_from_a_plain_pattern_still_applies_only_the_confident_resolutions(string title)
    {
        const string unsure = "<<<<<<< HEAD\n    int Count => 1;\n||||||| base\n    int Count => 0;\n=======\n    int Count => 2;\n>>>>>>> feature\n";
        var text = Head + "<<<<<<< HEAD\n" + Ours + "||||||| base\n" + Base + "=======\n" + Theirs + ">>>>>>> feature\n" + "    }\n\n" + unsure + "}\n";
        using var workspace = new Workspace(text);
        var action = (await workspace.ActionsAsync()).Single(a => a.Title == title);

        Assert.Equal(Head + Merged + "    }\n\n" + unsure + "}\n", await workspace.FixAllAsync(action.EquivalenceKey!));
    }
}
