using MergeResolver.Diff;
using MergeResolver.Merge;
using MergeResolver.Patterns;
using MergeResolver.Ranking;
using MergeResolver.Resolution;
using MergeResolver.Text;

namespace MergeResolver.Core.Tests.Resolution;

public sealed class ConflictDocumentTests
{
    private static readonly string[] Document =
    [
        "class C\n", "{\n", "    void M()\n", "    {\n",
        "<<<<<<< HEAD\n", "        Trace(a, b);\n", "||||||| base\n", "        Log(a, b);\n", "=======\n", "        Log(a, c);\n", ">>>>>>> feature\n",
        "    }\n", "}\n",
    ];

    [Fact]
    public void The_ranked_candidate_comes_first_with_its_probability_then_the_plain_patterns()
    {
        var document = ConflictDocument.Analyze(Document, "C.cs");
        var suggestions = document.SuggestionsFor(document.Conflicts.Single());
        Assert.Equal("        Trace(a, c);\n", suggestions[0].Text);
        Assert.Equal(DefaultRanker.TokenMergeConfidence, suggestions[0].Confidence);
        Assert.Equal("Merge both changes token by token (73%)", suggestions[0].Title);
        Assert.True(suggestions[0].IsConfident);
        Assert.Equal([MergePattern.Ours, MergePattern.Theirs, MergePattern.Base, MergePattern.OursThenTheirs, MergePattern.TheirsThenOurs], suggestions.Skip(1).Select(c => c.Pattern!.Value));
    }

    [Fact]
    public void Fix_all_writes_what_resolve_writes_for_the_same_merge()
    {
        const string between = "    int k1;\n    int k2;\n    int k3;\n";
        var input = new MergeInput(
            "class C\n{\n    int a = 1;\n" + between + "    void M() { Log(a, b); }\n}\n",
            "class C\n{\n    int a = 2;\n" + between + "    void M() { Trace(a, b); }\n}\n",
            "class C\n{\n    int a = 3;\n" + between + "    void M() { Log(a, c); }\n}\n",
            "C.cs");
        var drawn = Drawn(input);
        var resolved = new Resolver(new ResolverOptions { Algorithm = DiffAlgorithm.Histogram, Markers = GitMarkers }).Resolve(input);
        var expected = ConflictedFile.Apply(drawn, resolved).Text;

        Assert.Equal(expected, ConflictDocument.Analyze(Lines.Split(drawn), "C.cs").WithConfidentResolutions());
        Assert.Contains("<<<<<<<", expected, StringComparison.Ordinal);
        Assert.Contains("Trace(a, c)", expected, StringComparison.Ordinal);
    }

    [Fact]
    public void A_conflict_resolved_by_hand_leaves_the_others_ranked()
    {
        string[] twoConflicts = [.. Document.Take(4), .. Document.Skip(4).Take(7), "    void N()\n", "    {\n", .. Document.Skip(4).Take(7), .. Document.Skip(11)];
        string[] oneByHand = [.. twoConflicts.Take(4), "        ByHand();\n", .. twoConflicts.Skip(11)];
        var document = ConflictDocument.Analyze(oneByHand, "C.cs");
        var left = document.Conflicts.Single();
        Assert.Equal("        Trace(a, c);\n", document.SuggestionsFor(left)[0].Text);
        Assert.Equal([.. oneByHand.Take(7), "        Trace(a, c);\n", .. oneByHand.Skip(14)], Lines.Split(document.WithConfidentResolutions()));
    }

    [Fact]
    public void A_zdiff3_conflict_is_ranked_with_the_lines_both_sides_share_kept_above_it()
    {
        var input = new MergeInput(
            "class C\n{\n    void M() { Log(a, b); }\n}\n",
            "class C\n{\n    int x;\n    void M() { Trace(a, b); }\n}\n",
            "class C\n{\n    int x;\n    void M() { Log(a, c); }\n}\n",
            "C.cs");
        var drawn = Drawn(input, ConflictStyle.ZealousDiff3);
        Assert.Contains("    int x;\n<<<<<<<", drawn, StringComparison.Ordinal);

        var document = ConflictDocument.Analyze(Lines.Split(drawn), "C.cs");
        Assert.Equal("    void M() { Trace(a, c); }\n", document.SuggestionsFor(document.Conflicts.Single())[0].Text);
        Assert.Equal("class C\n{\n    int x;\n    void M() { Trace(a, c); }\n}\n", document.WithConfidentResolutions());
    }

    [Fact]
    public void A_conflict_edited_inside_its_markers_is_ranked_as_it_reads_now()
    {
        string[] edited = [.. Document.Take(5), "        Trace(a, b); // mine\n", .. Document.Skip(6)];
        var document = ConflictDocument.Analyze(edited, "C.cs");
        Assert.Equal("        Trace(a, c); // mine\n", document.SuggestionsFor(document.Conflicts.Single())[0].Text);
    }

    [Fact]
    public void Two_way_markers_get_the_plain_patterns_alone()
    {
        string[] twoWay = [.. Document.Take(6), .. Document.Skip(8)];
        var document = ConflictDocument.Analyze(twoWay, "C.cs");
        Assert.Equal([MergePattern.Ours, MergePattern.Theirs, MergePattern.OursThenTheirs, MergePattern.TheirsThenOurs], document.SuggestionsFor(document.Conflicts.Single()).Select(s => s.Pattern!.Value));
    }

    [Fact]
    public void A_cancelled_editor_request_stops_instead_of_merging()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ConflictDocument.Analyze(Document, "C.cs", cancellationToken: cancelled.Token));
    }

    private static readonly ConflictMarkers GitMarkers = new() { OursLabel = "HEAD", BaseLabel = "base", TheirsLabel = "feature", JoinAcrossPunctuationLines = false };

    private static string Drawn(MergeInput input, ConflictStyle style = ConflictStyle.Diff3) =>
        new Resolver(new ResolverOptions { Strategy = ResolutionStrategy.Markers, Algorithm = DiffAlgorithm.Histogram, Markers = GitMarkers with { Style = style } }).Resolve(input).Render();
}
