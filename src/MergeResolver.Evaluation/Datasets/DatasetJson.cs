using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MergeResolver.Evaluation;

/// <summary>Dataset lines as JSON, generated at build time: non-ASCII text is written as is, as the dataset's own files are.</summary>
[JsonSerializable(typeof(MergeRecord))]
internal sealed partial class DatasetJson : JsonSerializerContext
{
    public static DatasetJson Lines { get; } = new(new JsonSerializerOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
}
