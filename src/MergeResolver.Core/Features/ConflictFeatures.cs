using System.Collections.Immutable;

namespace MergeResolver.Features;

/// <summary>
/// A conflict as the model reads it: for each side, its pieces aligned with the base's (ids and edit
/// kinds, position by position), framed by the lines around the conflict.
/// </summary>
public sealed record ConflictFeatures(
    ImmutableArray<ushort> OursTokens,
    ImmutableArray<EditKind> OursEdits,
    ImmutableArray<ushort> TheirsTokens,
    ImmutableArray<EditKind> TheirsEdits);
