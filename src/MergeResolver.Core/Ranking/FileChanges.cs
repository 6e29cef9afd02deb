namespace MergeResolver.Ranking;

/// <summary>
/// How each side changed the rest of a hunk's file: the base lines each side alone changed in the
/// clean merge, and the lines each side changed in the file's other conflict hunks. Which side did
/// most of a file's work is a strong hint of the side its developer keeps, and the lines around a
/// hunk do not show it. The editor, which has only the drawn document, knows the other hunks but not
/// the clean changes (both 0 there).
/// </summary>
public sealed record FileChanges(int OursClean, int TheirsClean, int OtherHunks, int OursInOtherHunks, int TheirsInOtherHunks)
{
    /// <summary>A hunk alone in a file that is otherwise the base.</summary>
    public static FileChanges None { get; } = new(0, 0, 0, 0, 0);
}
