namespace MergeResolver.Resolution;

/// <summary>
/// A piece of a merged file as git draws it: clean text, or one conflict region with its markers and,
/// when the resolver resolved every hunk in it, the text that replaces it. A region holds the hunks
/// <c>[FirstHunk, EndHunk)</c>; clean text holds none.
/// </summary>
internal sealed record DrawnSegment(string AsDrawn, string? Resolution, int FirstHunk, int EndHunk)
{
    public bool IsConflict => EndHunk > FirstHunk;
}
