namespace MergeResolver.Core.Tests.Fuzzing;

/// <summary>
/// A libFuzzer-style mutation fuzzer, in process and time-bounded: it mutates a corpus of seeds with
/// byte flips, insertions, deletions, splices and dictionary tokens (conflict markers, line
/// endings, byte order marks), keeps inputs that reach new behaviour (a new outcome signature), and
/// collects inputs on which the target throws.
/// </summary>
internal sealed class MutationFuzzer(Func<byte[], string> target, IEnumerable<byte[]> seeds, IReadOnlyList<byte[]> dictionary, int seed)
{
    private const int MaxLength = 4096;
    private readonly Random _random = new(seed);
    private readonly List<byte[]> _corpus = [.. seeds];
    private readonly HashSet<string> _signatures = [];

    public int Executions { get; private set; }

    public List<(byte[] Input, Exception Error)> Run(TimeSpan budget)
    {
        var crashes = new List<(byte[], Exception)>();
        var until = DateTime.UtcNow + budget;
        foreach (var input in _corpus.ToList())
        {
            Execute(input, crashes);
        }

        while (DateTime.UtcNow < until && crashes.Count < 10)
        {
            var input = Mutate(_corpus[_random.Next(_corpus.Count)]);
            if (Execute(input, crashes))
            {
                _corpus.Add(input);
            }
        }

        return crashes;
    }

    /// <summary>Runs one input; true when it showed an outcome not seen before.</summary>
    private bool Execute(byte[] input, List<(byte[], Exception)> crashes)
    {
        Executions++;
        try
        {
            return _signatures.Add(target(input));
        }
        catch (Exception e)
        {
            crashes.Add((input, e));
            return false;
        }
    }

    private byte[] Mutate(byte[] parent)
    {
        var data = new List<byte>(parent);
        int rounds = 1 + _random.Next(4);
        for (int r = 0; r < rounds; r++)
        {
            int at = data.Count == 0 ? 0 : _random.Next(data.Count + 1);
            switch (_random.Next(6))
            {
                case 0 when data.Count > 0:
                    data[Math.Min(at, data.Count - 1)] ^= (byte)(1 << _random.Next(8));
                    break;
                case 1:
                    data.Insert(at, (byte)_random.Next(256));
                    break;
                case 2 when data.Count > 0:
                    data.RemoveRange(Math.Min(at, data.Count - 1), Math.Min(1 + _random.Next(8), data.Count - Math.Min(at, data.Count - 1)));
                    break;
                case 3:
                    data.InsertRange(at, dictionary[_random.Next(dictionary.Count)]);
                    break;
                case 4:
                    var other = _corpus[_random.Next(_corpus.Count)];
                    int from = other.Length == 0 ? 0 : _random.Next(other.Length);
                    data.InsertRange(at, other.Skip(from).Take(1 + _random.Next(64)));
                    break;
                default:
                    if (data.Count > 1)
                    {
                        int a = _random.Next(data.Count), b = _random.Next(data.Count);
                        (data[a], data[b]) = (data[b], data[a]);
                    }

                    break;
            }
        }

        return [.. data.Take(MaxLength)];
    }
}
