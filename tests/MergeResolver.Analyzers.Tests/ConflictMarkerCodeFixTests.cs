using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;

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
    public async Task Beside_Roslyn_s_fix_diff3_markers_offer_the_resolver_s_choice_with_its_probability_then_what_Roslyn_s_fix_does_not()
    {
        using var workspace = new Workspace(Diff3(Ours, Base, Theirs));
        var titles = (await workspace.ActionsAsync()).Select(a => a.Title).ToList();
        Assert.Equal(["Merge both changes token by token (61%)", "Take the base (merged common ancestors)", "Keep both: feature, then HEAD"], titles);
    }

    [Fact]
    public async Task Where_MR0002_alone_is_reported_the_ranked_candidates_and_every_plain_pattern_are_offered()
    {
        using var workspace = new Workspace(Diff3(Ours, Base, Theirs));
        var resolvable = (await workspace.AnalyzerDiagnosticsAsync()).Single(d => d.Id == "MR0002");
        var titles = (await workspace.ActionsAtAsync(resolvable)).Select(a => a.Title).ToList();
        Assert.Equal(
            [
                "Merge both changes token by token (61%)",
                "Resolve: take HEAD (17%)",
                "Resolve: take feature (10%)",
                "Take the base (merged common ancestors)",
                "Keep both: HEAD, then feature",
                "Keep both: feature, then HEAD",
            ],
            titles);
    }

    [Fact]
    public async Task MR0002_says_what_the_resolver_would_do_with_each_conflict_the_compiler_reports()
    {
        using var workspace = new Workspace(Diff3(Ours, Base, Theirs));
        var resolvable = (await workspace.AnalyzerDiagnosticsAsync()).Single(d => d.Id == "MR0002");
        var opening = (await workspace.ConflictDiagnosticsAsync())[0];
        Assert.Equal("MergeResolver can resolve this conflict: merge both changes token by token, 61%", resolvable.GetMessage());
        Assert.Equal(DiagnosticSeverity.Info, resolvable.Severity);
        Assert.Equal(opening.Location, resolvable.Location);
    }

    [Theory]
    [InlineData(0, Merged)]
    [InlineData(1, Base)]
    [InlineData(2, Theirs + Ours)]
    public async Task Each_action_replaces_the_whole_conflict_with_its_text(int index, string expected)
    {
        using var workspace = new Workspace(Diff3(Ours, Base, Theirs));
        var actions = await workspace.ActionsAsync();
        Assert.Equal(Head + expected + Tail, await workspace.ApplyAsync(actions[index]));
    }

    [Fact]
    public async Task Two_way_markers_offer_only_the_order_Roslyn_s_own_fix_does_not()
    {
        using var workspace = new Workspace(Head + "<<<<<<< ours\n" + Ours + "=======\n" + Theirs + ">>>>>>> theirs\n" + Tail);
        var titles = (await workspace.ActionsAsync()).Select(a => a.Title).ToList();
        Assert.Equal(["Keep both: theirs, then ours"], titles);
    }

    [Fact]
    public async Task A_crlf_document_keeps_its_line_endings()
    {
        using var workspace = new Workspace(Diff3(Ours, Base, Theirs, "\r\n"));
        var actions = await workspace.ActionsAsync();
        Assert.Equal((Head + Merged + Tail).Replace("\n", "\r\n"), await workspace.ApplyAsync(actions[0]));
        Assert.Equal((Head + Base + Tail).Replace("\n", "\r\n"), await workspace.ApplyAsync(actions[1]));
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
        var takeHead = TakeHead(await workspace.ActionsAtAsync(hidden));
        Assert.Equal(head + "SELECT a, b\n" + tail, await workspace.ApplyAsync(takeHead));
    }

    /// <summary>A second conflict the model is surer of (74%) than of the first (61%): ours renames the field, theirs the property it reads.</summary>
    private const string SecondConflict = "<<<<<<< HEAD\n    int Count => Items.Count;\n||||||| base\n    int Count => items.Count;\n=======\n    int Count => items.Length;\n>>>>>>> feature\n";

    private static readonly string FirstConflict = "<<<<<<< HEAD\n" + Ours + "||||||| base\n" + Base + "=======\n" + Theirs + ">>>>>>> feature\n";

    private static readonly string TwoConflicts = Head + FirstConflict + "    }\n\n" + SecondConflict + "}\n";

    [Fact]
    public async Task Fix_all_leaves_every_conflict_below_the_model_s_unattended_threshold()
    {
        using var workspace = new Workspace(TwoConflicts);
        Assert.Equal(TwoConflicts, await workspace.FixAllAsync());
    }

    [Fact]
    public async Task Fix_all_resolves_the_conflicts_above_the_editorconfig_threshold_and_leaves_the_rest()
    {
        using var workspace = new Workspace(TwoConflicts, "mergeresolver.threshold = 0.65");
        Assert.Equal(Head + FirstConflict + "    }\n\n    int Count => Items.Length;\n}\n", await workspace.FixAllAsync());
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

        Assert.Equal([3, 0, 0, 0], offered);
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
        Assert.Equal(head + Merged + Tail, await workspace.ApplyAsync(actions[0]));
    }

    [Fact]
    public async Task Fix_all_of_the_base_takes_the_base_in_every_conflict()
    {
        using var workspace = new Workspace(TwoConflicts, "mergeresolver.threshold = 0.5");
        var action = (await workspace.ActionsAsync()).Single(a => a.Title == "Take the base (base)");

        Assert.Equal(Head + Base + "    }\n\n    int Count => items.Count;\n}\n", await workspace.FixAllAsync(action.EquivalenceKey!));
    }

    [Fact]
    public async Task Fix_all_of_theirs_then_ours_keeps_both_in_that_order_in_every_conflict()
    {
        using var workspace = new Workspace(TwoConflicts);
        var action = (await workspace.ActionsAsync()).Single(a => a.Title == "Keep both: feature, then HEAD");

        Assert.Equal(
            Head + Theirs + Ours + "    }\n\n    int Count => items.Length;\n    int Count => Items.Count;\n}\n",
            await workspace.FixAllAsync(action.EquivalenceKey!));
    }

    [Fact]
    public async Task Fix_all_from_a_pattern_of_a_conflict_the_resolver_did_not_rank_applies_only_the_confident_resolutions()
    {
        // dotnet format starts fix all from the first fix it meets, which here is a pattern.
        var text = Head + "<<<<<<< ours\n" + Ours + "=======\n" + Theirs + ">>>>>>> theirs\n" + "    }\n\n" + SecondConflict + "}\n";
        using var workspace = new Workspace(text, "mergeresolver.threshold = 0.5");
        var action = (await workspace.ActionsAsync()).Single(a => a.Title == "Keep both: theirs, then ours");

        Assert.Equal(text, await workspace.FixAllAsync(action.EquivalenceKey!));
    }

    /// <summary>Taking HEAD as offered: the model's candidate with its probability, or the plain pattern when the model does not rank it.</summary>
    private static CodeAction TakeHead(IEnumerable<CodeAction> actions) =>
        actions.Single(a => a.Title == "Take HEAD" || a.Title.StartsWith("Resolve: take HEAD (", StringComparison.Ordinal));
}
