using MergeResolver.Model.Ranking;
using MergeResolver.Ranking;
using MergeResolver.Resolution;

namespace MergeResolver.Model.Tests;

/// <summary>The committed model, loaded and run with ONNX Runtime as the tool runs it.</summary>
public sealed class OnnxRankerTests
{
    private const string Head = "class Cart\n{\n    decimal Total()\n    {\n";
    private const string Tail = "    }\n}\n";

    private static readonly string Models = Path.Combine(ModelFolder.Root, "models");

    private static readonly MergeInput[] Hunks =
    [
        new(Head + "        return Sum(items, 0m);\n" + Tail, Head + "        return SumOf(items, 0m);\n" + Tail, Head + "        return Sum(items, 1m);\n" + Tail, "Cart.cs"),
        new(Head + "        return 1;\n" + Tail, Head + "        return 2;\n" + Tail, Head + "        return 3;\n" + Tail, "Cart.cs"),
        new("using A;\n" + Head + Tail, "using A;\nusing B;\n" + Head + Tail, "using A;\nusing D;\n" + Head + Tail, "Cart.cs"),
    ];

    [Fact]
    public void The_committed_model_gives_each_candidate_a_probability_and_the_rest_to_none()
    {
        using var ranker = OnnxRanker.Load(Models);
        foreach (var input in Hunks)
        {
            var request = new Resolver().Analyze(input).Hunks.Single().Request;
            var p = ranker.Rank([request]).Single();
            Assert.Equal(request.Candidates.Length, p.Length);
            Assert.All(p, x => Assert.InRange(x, 0, 1));
            Assert.InRange(p.Sum(), 0, 1 + 1e-9);
        }
    }

    [Fact]
    public void Ranking_a_file_s_hunks_together_gives_what_ranking_each_alone_gives()
    {
        using var ranker = OnnxRanker.Load(Models);
        var requests = Hunks.Select(h => new Resolver().Analyze(h).Hunks.Single().Request).ToList();
        var together = ranker.Rank(requests);
        for (int i = 0; i < requests.Count; i++)
        {
            var alone = ranker.Rank([requests[i]]).Single();
            Assert.Equal(alone.Length, together[i].Length);
            for (int k = 0; k < alone.Length; k++)
            {
                Assert.Equal(alone[k], together[i][k], 5);
            }
        }
    }

    [Fact]
    public void The_unattended_threshold_comes_from_the_calibration_beside_the_model()
    {
        using var ranker = OnnxRanker.Load(Models);
        Assert.InRange(ranker.UnattendedThreshold, 0.01, 1);
        Assert.Equal(ranker.UnattendedThreshold, new Resolver(new ResolverOptions { Ranker = ranker }).Threshold);
    }

    [Fact]
    public void A_truncated_model_file_is_refused_with_a_message_naming_it()
    {
        var dir = Directory.CreateTempSubdirectory("mr-model-");
        try
        {
            foreach (var file in new[] { OnnxRanker.ModelFile, OnnxRanker.CardFile, OnnxRanker.VocabularyFile })
            {
                File.Copy(Path.Combine(Models, file), Path.Combine(dir.FullName, file));
            }

            var bytes = File.ReadAllBytes(Path.Combine(dir.FullName, OnnxRanker.ModelFile));
            File.WriteAllBytes(Path.Combine(dir.FullName, OnnxRanker.ModelFile), bytes[..(bytes.Length / 3)]);
            using var ranker = OnnxRanker.Load(dir.FullName);
            var request = new Resolver().Analyze(Hunks[0]).Hunks.Single().Request;
            var error = Assert.Throws<InvalidDataException>(() => ranker.Rank([request]));
            Assert.Contains(OnnxRanker.ModelFile, error.Message);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [Fact]
    public void A_folder_without_a_model_is_refused_with_a_message_naming_the_file()
    {
        var error = Assert.Throws<InvalidDataException>(() => OnnxRanker.Load(Path.Combine(Models, "no-such-folder")));
        Assert.Contains(OnnxRanker.ModelFile, error.Message);
    }
}
