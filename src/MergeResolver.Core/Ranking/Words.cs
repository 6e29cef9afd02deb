namespace MergeResolver.Ranking;

/// <summary>
/// A text as the scoring protocol compares resolutions: its white-space-separated words, counted.
/// Order is dropped so that comparing two texts costs their length, whatever their size.
/// </summary>
internal sealed class Words
{
    private static readonly char[] WhiteSpace = [' ', '\t', '\r', '\n', '\f', '\v'];

    private readonly Dictionary<string, int> _counts = new(StringComparer.Ordinal);
    private readonly int _total;

    private Words(IEnumerable<string> texts)
    {
        foreach (var text in texts)
        {
            foreach (var word in text.Split(WhiteSpace, StringSplitOptions.RemoveEmptyEntries))
            {
                _counts[word] = _counts.TryGetValue(word, out int n) ? n + 1 : 1;
                _total++;
            }
        }
    }

    public static Words Of(IEnumerable<string> lines) => new(lines);

    public static Words Of(string text) => new([text]);

    /// <summary>The Dice coefficient of the two bags of words: 1 for the same words, 0 for none shared (1 when both are empty).</summary>
    public float Similarity(Words other)
    {
        if (_total + other._total == 0)
        {
            return 1;
        }

        var (small, large) = _counts.Count <= other._counts.Count ? (this, other) : (other, this);
        int shared = 0;
        foreach (var pair in small._counts)
        {
            if (large._counts.TryGetValue(pair.Key, out int n))
            {
                shared += Math.Min(pair.Value, n);
            }
        }

        return 2f * shared / (_total + other._total);
    }
}
