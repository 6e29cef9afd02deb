using System.Collections.Immutable;

namespace MergeResolver.Resolution;

/// <summary>
/// What applying a resolved merge to a file as it is now gives: the new text and what became of each
/// hunk (a resolution is not applied where the user changed the conflict). A file that had no
/// conflict markers left is <see cref="AlreadyResolved"/> and its text is unchanged.
/// </summary>
public sealed record FileUpdate(string Text, ImmutableArray<HunkOutcome> Hunks, bool AlreadyResolved)
{
    /// <summary>How many hunks were resolved in this update.</summary>
    public int Applied => Hunks.Count(h => h.IsResolved);
}
