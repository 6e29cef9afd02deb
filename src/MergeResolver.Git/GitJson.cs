using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using MergeResolver.Git.Configuration;
using MergeResolver.Git.Mining;

namespace MergeResolver.Git;

/// <summary>
/// The JSON the git adapter reads and writes (dataset records, install records), generated at build
/// time so that it needs no reflection and works ahead of time compiled.
/// </summary>
[JsonSerializable(typeof(MergeRecord))]
[JsonSerializable(typeof(InstallRecord))]
internal sealed partial class GitJson : JsonSerializerContext
{
    /// <summary>Dataset lines: non-ASCII text written as is, as the dataset's own files are.</summary>
    public static GitJson Records { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

    /// <summary>Install records, indented for whoever opens one.</summary>
    public static GitJson Indented { get; } = new(new JsonSerializerOptions { WriteIndented = true });
}
