using System.Text;
using MergeResolver.Diff;
using MergeResolver.Model.Ranking;
using MergeResolver.Ranking;
using MergeResolver.Resolution;

namespace MergeResolver.Model.Tests;

/// <summary>The committed model computed in managed code, as the editor runs it, against ONNX Runtime.</summary>
public sealed class ManagedRankerTests
{
    private static readonly string Models = Path.Combine(ModelFolder.Root, "models");

    private static readonly MergeInput[] Files =
    [
        Method("return Sum(items, 0m);", "return SumOf(items, 0m);", "return Sum(items, 1m);"),
        Method("return 1;", "return 2;", "return 3;"),
        new("using A;\nclass C { }\n", "using A;\nusing B;\nclass C { }\n", "using A;\nusing D;\nclass C { }\n", "C.cs"),
        Method(
            string.Join("\n", Enumerable.Range(0, 60).Select(i => $"        Step{i}(items, {i});")),
            string.Join("\n", Enumerable.Range(0, 60).Select(i => $"        Step{i}(items, {i + 1});")),
            string.Join("\n", Enumerable.Range(0, 60).Select(i => $"        Step{i}(others, {i});"))),
        Method("if (a) { Run(); }", "if (a) { Run(); Log(); }", "if (b) { Run(); }"),
        Method("var x = \"old\";", "var x = \"ours\";", "var x = \"theirs\"; // why"),
    ];

    [Fact]
    public void The_managed_network_gives_every_candidate_the_probability_ONNX_Runtime_gives()
    {
        using var onnx = OnnxRanker.Load(Models);
        var managed = LoadManaged(File.ReadAllBytes(Path.Combine(Models, "ranker.weights")));
        var requests = Files.SelectMany(f => new Resolver().Analyze(f).Hunks).Select(h => h.Request).ToList();
        Assert.True(requests.Count >= Files.Length);

        var expected = onnx.Rank(requests);
        var actual = managed.Rank(requests);
        for (int i = 0; i < requests.Count; i++)
        {
            Assert.Equal(expected[i].Length, actual[i].Length);
            for (int k = 0; k < expected[i].Length; k++)
            {
                Assert.True(Math.Abs(expected[i][k] - actual[i][k]) < 1e-4, $"hunk {i}, candidate {k}: ONNX Runtime {expected[i][k]}, managed {actual[i][k]}");
            }
        }
    }

    [Fact]
    public void The_editor_offers_a_conflict_the_ranking_resolve_applies_with_the_same_probabilities()
    {
        using var onnx = OnnxRanker.Load(Models);
        var managed = LoadManaged(File.ReadAllBytes(Path.Combine(Models, "ranker.weights")));
        foreach (var input in Files)
        {
            var options = new ResolverOptions { Algorithm = DiffAlgorithm.Histogram, Threshold = 0 };
            var drawn = new Resolver(options with { Strategy = ResolutionStrategy.Markers }).Resolve(input).Render();
            var resolve = new Resolver(options with { Ranker = onnx }).Resolve(input).Hunks.Single().Ranking;

            var document = ConflictDocument.Analyze(Text.Lines.Split(drawn), input.Path, managed);
            var editor = document.SuggestionsFor(document.Conflicts.Single()).Where(s => s.Pattern is null).ToList();

            Assert.Equal(resolve.Select(r => r.Text).Take(editor.Count), editor.Select(s => s.Text));
            Assert.Equal(resolve[0].Text, editor[0].Text);
            Assert.All(resolve.Zip(editor, (r, s) => Math.Abs(r.Confidence - s.Confidence!.Value)), gap => Assert.True(gap < 1e-4));
        }
    }

    [Fact]
    public void The_managed_network_has_the_unattended_threshold_ONNX_Runtime_s_card_has()
    {
        using var onnx = OnnxRanker.Load(Models);
        Assert.Equal(onnx.UnattendedThreshold, LoadManaged(File.ReadAllBytes(Path.Combine(Models, "ranker.weights"))).UnattendedThreshold, 6);
    }

    [Fact]
    public void A_truncated_weights_file_is_refused_as_truncated()
    {
        var bytes = File.ReadAllBytes(Path.Combine(Models, "ranker.weights"));
        var error = Assert.Throws<InvalidDataException>(() => LoadManaged(bytes[..(bytes.Length / 2)]));
        Assert.Contains("truncated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_file_that_is_no_weights_file_is_refused_as_such()
    {
        var error = Assert.Throws<InvalidDataException>(() => LoadManaged(Encoding.UTF8.GetBytes("not weights at all")));
        Assert.Contains("MRW1", error.Message, StringComparison.Ordinal);
    }

    private static ManagedRanker LoadManaged(byte[] weights)
    {
        using var vocabulary = new StreamReader(Path.Combine(Models, "vocab.txt"));
        return ManagedRanker.Load(new MemoryStream(weights), vocabulary);
    }

    private static MergeInput Method(string @base, string ours, string theirs)
    {
        const string head = "class Cart\n{\n    decimal Total()\n    {\n";
        const string tail = "    }\n}\n";
        return new(head + @base + "\n" + tail, head + ours + "\n" + tail, head + theirs + "\n" + tail, "Cart.cs");
    }
}
