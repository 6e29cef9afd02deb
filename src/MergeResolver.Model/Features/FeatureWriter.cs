using System.IO.Compression;
using System.Text;

namespace MergeResolver.Model.Features;

/// <summary>
/// Writes featurized examples in the compact binary form the trainer reads (models/training/README.md):
/// gzip over a header (<c>MRF1</c>, version, label count) and one record per example: the two
/// sequence lengths and the label bits as little-endian uint16, then each side's ids (uint16) and
/// edit kinds (uint8).
/// </summary>
public sealed class FeatureWriter : IDisposable
{
    /// <summary>The format's version, in the header.</summary>
    public const int Version = 1;

    private readonly BinaryWriter _writer;

    public FeatureWriter(Stream output, int labelCount)
    {
        var gzip = new GZipStream(output, CompressionLevel.Optimal, leaveOpen: false);
        _writer = new BinaryWriter(gzip, Encoding.ASCII, leaveOpen: false);
        _writer.Write("MRF1"u8);
        _writer.Write(Version);
        _writer.Write(labelCount);
    }

    /// <summary>How many examples were written.</summary>
    public int Count { get; private set; }

    /// <summary>Writes one example: its features and its label bits (bit k: candidate k equals the developer's resolution).</summary>
    public void Write(ConflictFeatures features, ushort labels)
    {
        _writer.Write((ushort)features.OursTokens.Length);
        _writer.Write((ushort)features.TheirsTokens.Length);
        _writer.Write(labels);
        WriteSide(features.OursTokens, features.OursEdits);
        WriteSide(features.TheirsTokens, features.TheirsEdits);
        Count++;
    }

    public void Dispose() => _writer.Dispose();

    private void WriteSide(System.Collections.Immutable.ImmutableArray<ushort> tokens, System.Collections.Immutable.ImmutableArray<EditKind> edits)
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
