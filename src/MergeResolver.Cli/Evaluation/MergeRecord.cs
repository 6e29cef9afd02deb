using System.Text.Json.Serialization;

namespace MergeResolver.Cli.Evaluation;

/// <summary>One conflicted file of a dataset (format: shared/data/README.md): the three inputs and what the developer committed.</summary>
internal sealed record MergeRecord
{
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    [JsonPropertyName("repo")]
    public string? Repo { get; init; }

    [JsonPropertyName("merge")]
    public string? Merge { get; init; }

    [JsonPropertyName("ours_commit")]
    public string? OursCommit { get; init; }

    [JsonPropertyName("theirs_commit")]
    public string? TheirsCommit { get; init; }

    [JsonPropertyName("base_commit")]
    public string? BaseCommit { get; init; }

    [JsonPropertyName("path")]
    public string? Path { get; init; }

    [JsonPropertyName("date")]
    public string? Date { get; init; }

    [JsonPropertyName("conflicts")]
    public int Conflicts { get; init; }

    [JsonPropertyName("base")]
    public required string Base { get; init; }

    [JsonPropertyName("ours")]
    public required string Ours { get; init; }

    [JsonPropertyName("theirs")]
    public required string Theirs { get; init; }

    [JsonPropertyName("merged")]
    public string? Merged { get; init; }
}
