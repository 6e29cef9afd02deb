using System.Text.Json;
using System.Text.Json.Serialization;
using MergeResolver.Git.Configuration;

namespace MergeResolver.Git;

/// <summary>
/// The JSON the git adapter reads and writes (install records), generated at build
/// time so that it needs no reflection and works ahead of time compiled.
/// </summary>
[JsonSerializable(typeof(InstallRecord))]
internal sealed partial class GitJson : JsonSerializerContext
{
    /// <summary>Install records, indented for whoever opens one.</summary>
    public static GitJson Indented { get; } = new(new JsonSerializerOptions { WriteIndented = true });
}
