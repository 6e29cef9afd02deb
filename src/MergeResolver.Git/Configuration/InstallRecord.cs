using System.Text.Json.Serialization;

namespace MergeResolver.Git.Configuration;

/// <summary>
/// What one install wrote, kept beside the configuration it changed, so that uninstall removes
/// exactly that: the keys it set (with any value it replaced), the bytes it appended to an
/// attributes file, and which files it created.
/// </summary>
internal sealed record InstallRecord
{
    [JsonPropertyName("config_file")]
    public required string ConfigFile { get; init; }

    [JsonPropertyName("config_existed")]
    public bool ConfigExisted { get; init; }

    [JsonPropertyName("keys")]
    public List<RecordedKey> Keys { get; init; } = [];

    [JsonPropertyName("sections_created")]
    public List<string> SectionsCreated { get; init; } = [];

    [JsonPropertyName("attributes_file")]
    public string? AttributesFile { get; set; }

    [JsonPropertyName("attributes_existed")]
    public bool AttributesExisted { get; set; }

    [JsonPropertyName("attributes_appended")]
    public string? AttributesAppended { get; set; }

    /// <summary>A key install set: its value, and the value it replaced under --force (null: none).</summary>
    internal sealed record RecordedKey(
        [property: JsonPropertyName("key")] string Key,
        [property: JsonPropertyName("value")] string Value,
        [property: JsonPropertyName("previous")] string? Previous);
}
