using System.Text.Json.Serialization;

namespace MergeResolver.Evaluation;

/// <summary>One conflicted file of a dataset (format: shared/data/README.md): the three inputs and what the developer committed.</summary>
public sealed record MergeRecord
{
    /// <summary>Unique id: <c>owner/name@merge12:path</c>.</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    /// <summary>The repository, <c>owner/name</c>.</summary>
    [JsonPropertyName("repo")]
    public string? Repo { get; init; }

    /// <summary>The merge commit.</summary>
    [JsonPropertyName("merge")]
    public string? Merge { get; init; }

    /// <summary>The merge's first parent.</summary>
    [JsonPropertyName("ours_commit")]
    public string? OursCommit { get; init; }

    /// <summary>The merge's second parent.</summary>
    [JsonPropertyName("theirs_commit")]
    public string? TheirsCommit { get; init; }

    /// <summary>The merge base of the parents.</summary>
    [JsonPropertyName("base_commit")]
    public string? BaseCommit { get; init; }

    /// <summary>The file's path in the merge commit.</summary>
    [JsonPropertyName("path")]
    public string? Path { get; init; }

    /// <summary>The merge's committer date, ISO-8601.</summary>
    [JsonPropertyName("date")]
    public string? Date { get; init; }

    /// <summary>How many conflict hunks <c>git merge-file --diff3</c> leaves.</summary>
    [JsonPropertyName("conflicts")]
    public int Conflicts { get; init; }

    /// <summary>The base version, text exactly as in git.</summary>
    [JsonPropertyName("base")]
    public required string Base { get; init; }

    /// <summary>Our version.</summary>
    [JsonPropertyName("ours")]
    public required string Ours { get; init; }

    /// <summary>Their version.</summary>
    [JsonPropertyName("theirs")]
    public required string Theirs { get; init; }

    /// <summary>The file as committed in the merge: the developer's resolution.</summary>
    [JsonPropertyName("merged")]
    public string? Merged { get; init; }
}
