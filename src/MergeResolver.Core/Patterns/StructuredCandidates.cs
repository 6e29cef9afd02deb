using System.Collections.Immutable;
using MergeResolver.Diff;

namespace MergeResolver.Patterns;

/// <summary>
/// Candidates beyond the primitive patterns, for conflicts whose parts do not depend on their order
/// (using directives, members of a type, enum members, attributes): both sides' additions kept, each
/// once, what either side deleted from the base dropped, and using directives sorted when they were.
/// </summary>
public static class StructuredCandidates
{
    /// <summary>The candidate texts for a hunk with these line sides; none when the union is just a primitive pattern's text.</summary>
    public static ImmutableArray<string> For(IReadOnlyList<string> ours, IReadOnlyList<string> @base, IReadOnlyList<string> theirs)
    {
        var union = Union(ours, @base, theirs);
        var result = ImmutableArray.CreateBuilder<string>();
        result.Add(string.Concat(union));
        if (union.Count > 1 && union.All(l => IsUsing(l) || l.Trim().Length == 0) && IsSorted(ours.Where(IsUsing).ToList()))
        {
            var sorted = union.Where(IsUsing).OrderBy(UsingKey, StringComparer.Ordinal).ToList();
            result.Add(string.Concat(sorted));
        }

        return [.. result.Distinct(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Ours with theirs' additions after it: the lines of ours that theirs did not delete from the
    /// base, then the lines theirs added that ours does not have, in theirs' order.
    /// </summary>
    private static List<string> Union(IReadOnlyList<string> ours, IReadOnlyList<string> @base, IReadOnlyList<string> theirs)
    {
        var ids = new ElementIds();
        int[] Ids(IReadOnlyList<string> lines) => ids.Of(lines.Select(l => l.Trim()));
        var o = Ids(ours);
        var b = Ids(@base);
        var t = Ids(theirs);

        var deletedByTheirs = new HashSet<int>();
        var addedByTheirs = new List<int>();
        foreach (var edit in Differ.Diff(b, t))
        {
            for (int i = edit.StartA; i < edit.EndA; i++)
            {
                deletedByTheirs.Add(b[i]);
            }

            for (int j = edit.StartB; j < edit.EndB; j++)
            {
                addedByTheirs.Add(j);
            }
        }

        var oursSet = new HashSet<int>(o);
        var result = new List<string>();
        for (int i = 0; i < ours.Count; i++)
        {
            bool fromBase = b.Contains(o[i]);
            if (!(fromBase && deletedByTheirs.Contains(o[i]) && !t.Contains(o[i])))
            {
                result.Add(ours[i]);
            }
        }

        foreach (var j in addedByTheirs)
        {
            if (!oursSet.Contains(t[j]))
            {
                result.Add(theirs[j]);
            }
        }

        return result;
    }

    private static bool IsUsing(string line) => line.TrimStart().StartsWith("using ", StringComparison.Ordinal) && line.TrimEnd().EndsWith(";", StringComparison.Ordinal);

    /// <summary>System namespaces first, as Visual Studio and dotnet format order them.</summary>
    private static string UsingKey(string line)
    {
        var name = line.Trim().Substring("using ".Length).TrimEnd(';').Trim();
        bool system = name == "System" || name.StartsWith("System.", StringComparison.Ordinal);
        return (system ? "0" : "1") + name;
    }

    private static bool IsSorted(List<string> usings) =>
        usings.Count < 2 || usings.Zip(usings.Skip(1), (a, b) => string.CompareOrdinal(UsingKey(a), UsingKey(b)) <= 0).All(x => x);
}
