using MergeResolver.Patterns;
using MergeResolver.Tokens;

namespace MergeResolver.Evaluation;

/// <summary>
/// Whether some candidate of the pattern set equals the developer's resolution (word by word): the
/// ceiling of any classifier that picks among those candidates. Counted two ways: one pattern for
/// the whole hunk, and the token merge with each token conflict given its own pattern.
/// </summary>
internal static class OracleCeiling
{
    /// <summary>Past this many combinations of per-conflict candidates a hunk counts as not covered.</summary>
    public const int MaxCombinations = 4096;

    public static bool CoveredByHunkPattern(ScoredHunk hunk)
    {
        var truth = PythonText.Words(hunk.Truth!);
        var ours = MergePatterns.Side.Of(hunk.Ours);
        var bas = MergePatterns.Side.Of(hunk.Base);
        var theirs = MergePatterns.Side.Of(hunk.Theirs);
        return MergePatterns.All.Any(p => PythonText.Words([MergePatterns.Apply(p, ours, bas, theirs)]).SequenceEqual(truth));
    }

    /// <summary>Whether a C#-aware candidate (<see cref="StructuredCandidates"/>) equals the resolution.</summary>
    public static bool CoveredByStructuredCandidate(ScoredHunk hunk)
    {
        var truth = PythonText.Words(hunk.Truth!);
        return StructuredCandidates.For(hunk.Ours, hunk.Base, hunk.Theirs).Any(c => PythonText.Words([c]).SequenceEqual(truth));
    }

    public static bool CoveredByTokenPatterns(ScoredHunk hunk, ITokenizer tokenizer)
    {
        var truth = PythonText.Words(hunk.Truth!);
        var merge = TokenMerger.Merge(string.Concat(hunk.Base), string.Concat(hunk.Ours), string.Concat(hunk.Theirs), tokenizer);
        var options = merge.Conflicts.Select(Candidates).ToList();
        long combinations = options.Aggregate(1L, (n, o) => Math.Min(n * o.Count, MaxCombinations + 1));
        if (combinations > MaxCombinations)
        {
            return false;
        }

        var choice = new int[options.Count];
        while (true)
        {
            var text = merge.Render((_, k) => options[k][choice[k]]);
            if (PythonText.Words([text]).SequenceEqual(truth))
            {
                return true;
            }

            int d = 0;
            while (d < choice.Length && ++choice[d] == options[d].Count)
            {
                choice[d++] = 0;
            }

            if (d == choice.Length)
            {
                return false;
            }
        }
    }

    /// <summary>The distinct texts the patterns give for one token conflict.</summary>
    public static List<string> Candidates(TokenConflict conflict) =>
        MergePatterns.All.Select(conflict.Apply).Distinct(StringComparer.Ordinal).ToList();
}
