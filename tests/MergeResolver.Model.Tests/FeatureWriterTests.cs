using System.IO.Compression;
using MergeResolver.Features;
using MergeResolver.Model.Features;

namespace MergeResolver.Model.Tests;

public sealed class FeatureWriterTests
{
    private static readonly Vocabulary Vocabulary = Vocabulary.Learn(["int x = 1 ; int y = 2 ; return x ;"], size: 64);

    [Fact]
    public void The_writer_lays_out_header_and_records_as_the_trainer_reads_them()
    {
        var features = new Featurizer(Vocabulary).Featurize([], ["x = 2;\n"], ["x = 1;\n"], ["x = 3;\n"], []);
        var candidate = Enumerable.Range(0, MergeResolver.Ranking.CandidateFeatures.Count).Select(i => i / 10f).ToArray();
        var buffer = new MemoryStream();
        using (var writer = new FeatureWriter(buffer))
        {
            writer.Write(features, [candidate, candidate], labels: 0b10);
        }

        using var reader = new BinaryReader(new GZipStream(new MemoryStream(buffer.ToArray()), CompressionMode.Decompress));
        Assert.Equal("MRF2"u8.ToArray(), reader.ReadBytes(4));
        Assert.Equal((FeatureWriter.Version, MergeResolver.Ranking.CandidateFeatures.Count), (reader.ReadInt32(), reader.ReadInt32()));
        Assert.Equal((features.OursTokens.Length, features.TheirsTokens.Length, 2, 0b10u), (reader.ReadUInt16(), reader.ReadUInt16(), reader.ReadUInt16(), reader.ReadUInt32()));
        Assert.Equal(features.OursTokens, Enumerable.Range(0, features.OursTokens.Length).Select(_ => reader.ReadUInt16()));
        Assert.Equal(features.OursEdits, reader.ReadBytes(features.OursEdits.Length).Select(b => (EditKind)b));
        reader.ReadBytes(features.TheirsTokens.Length * 3);
        Assert.Equal(candidate, Enumerable.Range(0, candidate.Length).Select(_ => reader.ReadSingle()));
    }
}
