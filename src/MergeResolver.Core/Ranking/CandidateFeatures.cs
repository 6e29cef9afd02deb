using MergeResolver.Tokens;

namespace MergeResolver.Ranking;

/// <summary>
/// The scalar features of a candidate that the ranker reads beside the hunk's encoding: which kinds
/// give it, its size against the sides', and what the hunk is like (sizes, how much of each side the
/// other holds, what the token merge made of it, whether the syntax check vetoed it, how each side
/// changed the rest of the file, how alike the sides' words are and which of their lines already
/// stand elsewhere in the file). One source for training and inference.
/// </summary>
public static class CandidateFeatures
{
    private const int KindCount = 16;

    /// <summary>The number of features of a candidate.</summary>
    public const int Count = KindCount + 30;

    /// <summary>The features of each candidate of <paramref name="hunk"/>, in order.</summary>
    public static float[][] Of(ConflictHunk hunk, IReadOnlyList<Candidate> candidates, TokenMergeResult? tokens)
    {
        int oursLines = hunk.Ours.Length, baseLines = hunk.Base.Length, theirsLines = hunk.Theirs.Length;
        var oursSet = new HashSet<string>(hunk.Ours.Select(Key));
        var theirsSet = new HashSet<string>(hunk.Theirs.Select(Key));
        var baseSet = new HashSet<string>(hunk.Base.Select(Key));
        float theirsInOurs = Share(hunk.Theirs, oursSet), oursInTheirs = Share(hunk.Ours, theirsSet);
        float baseInOurs = Share(hunk.Base, oursSet), baseInTheirs = Share(hunk.Base, theirsSet);
        float tokenResolved = tokens is { IsResolved: true } ? 1 : 0;
        float tokenConflicts = tokens is null ? 0 : Log(tokens.Pieces.Count(p => p is TokenConflict));
        float tokenMergeable = tokens is null ? 0 : 1;
        var file = hunk.File;
        float oursCleanShare = Share(file.OursClean, file.TheirsClean), oursOtherShare = Share(file.OursInOtherHunks, file.TheirsInOtherHunks);

        // Where ours and theirs say nearly the same thing, which one the developer kept is close to a
        // coin toss word for word; where a side's new lines already stand elsewhere, it moved them.
        var oursWords = Words.Of(hunk.Ours);
        var theirsWords = Words.Of(hunk.Theirs);
        float sidesAlike = oursWords.Similarity(theirsWords);
        float oursAddedElsewhere = hunk.Settled.ShareOf(hunk.Ours.Except(hunk.Base));
        float theirsAddedElsewhere = hunk.Settled.ShareOf(hunk.Theirs.Except(hunk.Base));
        float oursDroppedElsewhere = hunk.Settled.ShareOf(hunk.Base.Except(hunk.Ours));
        float theirsDroppedElsewhere = hunk.Settled.ShareOf(hunk.Base.Except(hunk.Theirs));

        var result = new float[candidates.Count][];
        for (int k = 0; k < candidates.Count; k++)
        {
            var c = candidates[k];
            var f = new float[Count];
            for (int bit = 0; bit < KindCount; bit++)
            {
                f[bit] = ((int)c.Kinds & (1 << bit)) != 0 ? 1 : 0;
            }

            int lines = CountLines(c.Text);
            int i = KindCount;
            f[i++] = Log(lines);
            f[i++] = lines / (float)Math.Max(1, oursLines + theirsLines);
            f[i++] = Log(oursLines);
            f[i++] = Log(baseLines);
            f[i++] = Log(theirsLines);
            f[i++] = baseLines == 0 ? 1 : 0;
            f[i++] = theirsInOurs;
            f[i++] = oursInTheirs;
            f[i++] = baseInOurs;
            f[i++] = baseInTheirs;
            f[i++] = tokenMergeable;
            f[i++] = tokenResolved;
            f[i++] = tokenConflicts;
            f[i++] = k / 16f;
            f[i++] = c.IsVetoed ? 1 : 0;
            f[i++] = oursCleanShare;
            f[i++] = Log(file.OursClean);
            f[i++] = Log(file.TheirsClean);
            f[i++] = Log(file.OtherHunks);
            f[i++] = oursOtherShare;
            f[i++] = Log(file.OursInOtherHunks);
            f[i++] = Log(file.TheirsInOtherHunks);
            f[i++] = sidesAlike;
            f[i++] = oursAddedElsewhere;
            f[i++] = theirsAddedElsewhere;
            f[i++] = oursDroppedElsewhere;
            f[i++] = theirsDroppedElsewhere;
            var words = Words.Of(c.Text);
            f[i++] = words.Similarity(oursWords);
            f[i++] = words.Similarity(theirsWords);
            f[i++] = hunk.Settled.ShareOf(c.Text.Split('\n'));
            result[k] = f;
        }

        return result;
    }

    private static string Key(string line) => line.Trim();

    private static float Share(IReadOnlyList<string> lines, HashSet<string> other)
    {
        var meaningful = lines.Select(Key).Where(l => l.Length > 0).ToList();
        return meaningful.Count == 0 ? 1 : meaningful.Count(other.Contains) / (float)meaningful.Count;
    }

    /// <summary>Ours' share of what the two sides changed; an even share when neither changed anything.</summary>
    private static float Share(int ours, int theirs) => ours + theirs == 0 ? 0.5f : ours / (float)(ours + theirs);

    private static int CountLines(string text) => text.Length == 0 ? 0 : text.Count(ch => ch == '\n') + (text[^1] == '\n' ? 0 : 1);

    private static float Log(int n) => (float)Math.Log(1 + n);
}
