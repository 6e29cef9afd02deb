using System.IO.Compression;
using System.Text.Json;
using MergeResolver.Ranking;

namespace MergeResolver.Cli.Tests;

public sealed class FeaturizeCommandTests
{
    [Fact]
    public void Featurize_writes_one_example_per_scored_hunk_with_the_candidates_that_match_as_label_bits_in_candidate_order()
    {
        using var dir = new TempDir();
        var (b, o, t) = Examples.SameToken;
        var record = JsonSerializer.Serialize(new { id = "r", path = "Cart.cs", @base = b, ours = o, theirs = t, merged = o });
        var dataset = dir.Write("train.jsonl", record + "\n");

        var (code, _, stderr) = CliProcess.Run(dir.Path, "featurize", dataset, "-o", "out", "--vocab-size", "100");

        Assert.True(code == 0, stderr);
        var meta = JsonDocument.Parse(dir.Read("out/meta.jsonl").Trim()).RootElement;
        Assert.Equal("r", meta.GetProperty("id").GetString());
        Assert.Equal(1, meta.GetProperty("labels").GetInt32() & 1);
        var firstKinds = (CandidateKinds)meta.GetProperty("kinds")[0].GetInt32();
        Assert.Equal(CandidateKinds.Ours, firstKinds & CandidateKinds.Ours);
        Assert.StartsWith("[PAD]\n[UNK]\n[CLS]\n[SEP]\n", dir.Read("out/vocab.txt"));
        using var reader = new BinaryReader(new GZipStream(File.OpenRead(Path.Combine(dir.Path, "out", "features.bin.gz")), CompressionMode.Decompress));
        Assert.Equal("MRF2"u8.ToArray(), reader.ReadBytes(4));
    }
}
