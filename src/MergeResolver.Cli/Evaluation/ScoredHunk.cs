namespace MergeResolver.Cli.Evaluation;

/// <summary>One scoring hunk of a record: its sides as git drew them, the truth when anchored, and the verdict.</summary>
internal sealed record ScoredHunk(
    int Index,
    IReadOnlyList<string> Ours,
    IReadOnlyList<string> Base,
    IReadOnlyList<string> Theirs,
    IReadOnlyList<string>? Truth,
    string? Class,
    HunkStatus Status,
    bool Strict);
