using System.Text.Json.Serialization;

namespace MergeResolver.Model.Ranking;

/// <summary>The model card's JSON, generated at build time so that reading it needs no reflection (and works ahead of time compiled).</summary>
[JsonSerializable(typeof(RankerCard))]
internal sealed partial class RankerCardJson : JsonSerializerContext;
