using System.Text;

namespace MergeResolver.Ranking;

/// <summary>
/// The learned ranker's parameters and card numbers as <c>models/training/train.py</c> writes them
/// into <c>ranker.weights</c>, for hosts that run the network in managed code: <c>MRW1</c>, then named
/// float32 tensors. Reading checks every size, so a truncated or foreign file is an
/// <see cref="InvalidDataException"/>, never a wrong answer.
/// </summary>
public sealed class RankerWeights
{
    private const int MaxRank = 4;

    private readonly Dictionary<string, (int[] Shape, float[] Values)> _tensors;

    private RankerWeights(Dictionary<string, (int[] Shape, float[] Values)> tensors) => _tensors = tensors;

    /// <summary>Reads <paramref name="stream"/> to its end.</summary>
    public static RankerWeights Read(Stream stream)
    {
        using var reader = new BinaryReader(stream, Encoding.UTF8, leaveOpen: true);
        try
        {
            if (!reader.ReadBytes(4).SequenceEqual("MRW1"u8.ToArray()))
            {
                throw new InvalidDataException("not a MergeResolver weights file: it does not start with MRW1");
            }

            int count = reader.ReadInt32();
            var tensors = new Dictionary<string, (int[], float[])>(StringComparer.Ordinal);
            for (int t = 0; t < count; t++)
            {
                int nameLength = reader.ReadInt32();
                if (nameLength is <= 0 or > 256)
                {
                    throw new InvalidDataException($"tensor {t} has a name of {nameLength} bytes");
                }

                string name = Encoding.UTF8.GetString(reader.ReadBytes(nameLength));
                int rank = reader.ReadInt32();
                if (rank is < 0 or > MaxRank)
                {
                    throw new InvalidDataException($"{name} has rank {rank}");
                }

                var shape = new int[rank];
                long size = 1;
                for (int i = 0; i < rank; i++)
                {
                    shape[i] = reader.ReadInt32();
                    size *= shape[i];
                    if (shape[i] < 0 || size > stream.Length)
                    {
                        throw new InvalidDataException($"{name} has shape [{string.Join(", ", shape)}], larger than the file");
                    }
                }

                var bytes = reader.ReadBytes(checked((int)size * sizeof(float)));
                if (bytes.Length != size * sizeof(float))
                {
                    throw new EndOfStreamException();
                }

                var values = new float[size];
                Buffer.BlockCopy(bytes, 0, values, 0, bytes.Length);
                if (!BitConverter.IsLittleEndian)
                {
                    throw new PlatformNotSupportedException("the weights file is little endian");
                }

                tensors[name] = (shape, values);
            }

            return new RankerWeights(tensors);
        }
        catch (EndOfStreamException e)
        {
            throw new InvalidDataException("the weights file ends early (truncated)", e);
        }
    }

    /// <summary>A card number written beside the tensors (<c>temperature</c>, <c>max_length</c>, ...).</summary>
    public double Number(string name) => Tensor(name, 1)[0];

    /// <summary>Whether a tensor of this name is in the file.</summary>
    public bool Has(string name) => _tensors.ContainsKey(name);

    /// <summary>The values of <paramref name="name"/>, checked to have <paramref name="shape"/>.</summary>
    public float[] Tensor(string name, params int[] shape)
    {
        if (!_tensors.TryGetValue(name, out var tensor))
        {
            throw new InvalidDataException($"the weights file has no {name}");
        }

        if (!tensor.Shape.SequenceEqual(shape))
        {
            throw new InvalidDataException($"{name} has shape [{string.Join(", ", tensor.Shape)}], not [{string.Join(", ", shape)}]");
        }

        return tensor.Values;
    }

    /// <summary>The shape of <paramref name="name"/>.</summary>
    public IReadOnlyList<int> ShapeOf(string name) =>
        _tensors.TryGetValue(name, out var tensor) ? tensor.Shape : throw new InvalidDataException($"the weights file has no {name}");
}
