namespace MergeResolver.Evaluation;

/// <summary>
/// One scoring hunk of a record: its sides as git drew them, the truth when anchored, and the verdict;
/// and the clean lines just before and after it, which the featurizer reads as context.
/// </summary>
internal sealed record ScoredHunk(
    int Index,
    IReadOnlyList<string> Ours,
    IReadOnlyList<string> Base,
    IReadOnlyList<string> Theirs,
    IReadOnlyList<string>? Truth,
    string? Class,
    HunkStatus Status,
    bool Strict)
{
    /// <summary>The git conflicts this scoring unit is made of (units join conflicts that only punctuation lines part).</summary>
    public IReadOnlyList<int> GitHunks { get; init; } = [];

    public IReadOnlyList<string> Before { get; init; } = [];

    public IReadOnlyList<string> After { get; init; } = [];
}
