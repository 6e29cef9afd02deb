using System.Collections.Immutable;
using System.IO.Compression;
using System.Text;
using MergeResolver.Features;
using MergeResolver.Ranking;

namespace MergeResolver.Model.Features;

/// <summary>
/// Writes featurized examples in the compact binary form the trainer reads (models/training/README.md):
/// gzip over a header (<c>MRF2</c>, version, features per candidate) and one record per example: the
/// two sequence lengths and the candidate count (uint16), the label bits (uint32: bit k, candidate k
/// equals the developer's resolution), each side's ids (uint16) and edit kinds (uint8), then each
/// candidate's features (float32). Little endian throughout.
/// </summary>
public sealed class FeatureWriter : IDisposable
{
    /// <summary>The format's version, in the header.</summary>
    public const int Version = 2;

    /// <summary>At most this many candidates of a hunk are written (and ranked); the rest are never applied.</summary>
    public const int MaxCandidates = 16;

    private readonly BinaryWriter _writer;

    public FeatureWriter(Stream output)
    {
        var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: false);
        _writer = new BinaryWriter(gzip, Encoding.ASCII, leaveOpen: false);
        _writer.Write("MRF2"u8);
        _writer.Write(Version);
        _writer.Write(CandidateFeatures.Count);
    }

    /// <summary>How many examples were written.</summary>
    public int Count { get; private set; }

    /// <summary>Writes one example: the hunk's features, its candidates' features, and the label bits.</summary>
    public void Write(ConflictFeatures features, IReadOnlyList<float[]> candidates, uint labels)
    {
        int count = Math.Min(candidates.Count, MaxCandidates);
        _writer.Write((ushort)features.OursTokens.Length);
        _writer.Write((ushort)features.TheirsTokens.Length);
        _writer.Write((ushort)count);
        _writer.Write(labels);
        WriteSide(features.OursTokens, features.OursEdits);
        WriteSide(features.TheirsTokens, features.TheirsEdits);
        for (int k = 0; k < count; k++)
        {
            foreach (var f in candidates[k])
            {
                _writer.Write(f);
            }
        }

        Count++;
    }

    public void Dispose() => _writer.Dispose();

    private void WriteSide(ImmutableArray<ushort> tokens, ImmutableArray<EditKind> edits)
    {
        foreach (var t in tokens)
        {
            _writer.Write(t);
        }

        foreach (var e in edits)
        {
            _writer.Write((byte)e);
        }
    }
}
