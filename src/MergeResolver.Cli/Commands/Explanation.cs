using MergeResolver.Resolution;

namespace MergeResolver.Cli.Commands;

/// <summary>Writes the per-hunk account that <c>--explain</c> asks for.</summary>
internal static class Explanation
{
    public static void Write(TextWriter writer, string file, ResolvedMerge merge)
    {
        if (merge.Hunks.IsEmpty)
        {
            writer.WriteLine($"{file}: no conflict: git's line merge is clean");
            return;
        }

        foreach (var hunk in merge.Hunks)
        {
            var c = hunk.Conflict;
            writer.WriteLine(
                $"{file}: hunk {hunk.Index + 1} (ours lines {c.OursStart + 1}-{c.OursStart + c.Ours.Length}, " +
                $"base {c.BaseStart + 1}-{c.BaseStart + c.Base.Length}, theirs {c.TheirsStart + 1}-{c.TheirsStart + c.Theirs.Length}): {hunk.Explanation}");
        }

        writer.WriteLine($"{file}: {merge.Hunks.Length - merge.ConflictsLeft} of {merge.Hunks.Length} hunks resolved, {merge.ConflictsLeft} left");
    }
}
