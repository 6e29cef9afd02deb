using System.Collections.Immutable;
using MergeResolver.Diff;

namespace MergeResolver.Patterns;

/// <summary>
/// Applies a <see cref="MergePattern"/> to a conflict whose sides are sequences of units (lines of
/// a hunk, or tokens of a token conflict), each unit compared by its key and written as its text.
/// </summary>
public static class MergePatterns
{
    /// <summary>Every pattern, in the order candidates are listed.</summary>
    public static ImmutableArray<MergePattern> All { get; } = [.. (MergePattern[])Enum.GetValues(typeof(MergePattern))];

    /// <summary>The text <paramref name="pattern"/> gives for a conflict with these three sides.</summary>
    public static string Apply(MergePattern pattern, Side ours, Side @base, Side theirs) => pattern switch
    {
        MergePattern.Ours => ours.Text(),
        MergePattern.Theirs => theirs.Text(),
        MergePattern.Base => @base.Text(),
        MergePattern.OursThenTheirs => ours.Text() + theirs.Text(),
        MergePattern.TheirsThenOurs => theirs.Text() + ours.Text(),
        MergePattern.OursWithoutBase => ours.Without(@base),
        MergePattern.TheirsWithoutBase => theirs.Without(@base),
        MergePattern.OursThenTheirsWithoutBase => ours.Without(@base) + theirs.Without(@base),
        MergePattern.TheirsThenOursWithoutBase => theirs.Without(@base) + ours.Without(@base),
        MergePattern.Empty => string.Empty,
        _ => throw new ArgumentOutOfRangeException(nameof(pattern)),
    };

    /// <summary>One side of a conflict: its units' keys (what is compared) and texts (what is written).</summary>
    public sealed record Side(IReadOnlyList<string> Keys, IReadOnlyList<string> Texts)
    {
        /// <summary>A side whose units are written as they are compared (lines).</summary>
        public static Side Of(IReadOnlyList<string> units) => new(units, units);

        /// <summary>The side as written.</summary>
        public string Text() => string.Concat(Texts);

        /// <summary>The side without the units it shares with <paramref name="base"/> (those on a longest common subsequence).</summary>
        public string Without(Side @base)
        {
            var ids = new ElementIds();
            var mine = ids.Of(Keys);
            var theirs = ids.Of(@base.Keys);
            var kept = new bool[mine.Length];
            foreach (var edit in Differ.Diff(theirs, mine))
            {
                for (int i = edit.StartB; i < edit.EndB; i++)
                {
                    kept[i] = true;
                }
            }

            return string.Concat(Texts.Where((_, i) => kept[i]));
        }
    }
}
