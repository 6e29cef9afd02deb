using System.Text.Json.Serialization;

namespace MergeResolver.Model.Ranking;

/// <summary>What the trainer wrote beside the model (<c>ranker.json</c>): its input shapes and its calibration.</summary>
internal sealed record RankerCard
{
    [JsonPropertyName("format")]
    public int Format { get; init; }

    [JsonPropertyName("max_length")]
    public int MaxLength { get; init; }

    [JsonPropertyName("max_candidates")]
    public int MaxCandidates { get; init; }

    [JsonPropertyName("features")]
    public int Features { get; init; }

    [JsonPropertyName("temperature")]
    public double Temperature { get; init; }

    [JsonPropertyName("unattended_threshold")]
    public double UnattendedThreshold { get; init; }
}
