namespace MergeResolver.Diff;

/// <summary>
/// Gives each distinct string an id, so that diffs compare ints: equal strings (ordinal) get equal
/// ids, the first seen getting 0. One table serves every sequence of a diff, so ids are comparable
/// across them.
/// </summary>
internal sealed class ElementIds
{
    private readonly Dictionary<string, int> _ids = new(StringComparer.Ordinal);

    public int this[string element]
    {
        get
        {
            if (!_ids.TryGetValue(element, out int id))
            {
                id = _ids.Count;
                _ids.Add(element, id);
            }

            return id;
        }
    }

    public int[] Of(IEnumerable<string> elements) => [.. elements.Select(e => this[e])];
}
