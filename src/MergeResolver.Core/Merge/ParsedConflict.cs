using System.Collections.Immutable;

namespace MergeResolver.Merge;

/// <summary>
/// A conflict region found in a text: its sides (the base is empty and <see cref="HasBase"/> false
/// for two-way markers), its labels, and the lines it spans, <c>[StartLine, EndLine)</c>, counted from 0.
/// </summary>
public sealed record ParsedConflict(
    int StartLine,
    int EndLine,
    ImmutableArray<string> Ours,
    ImmutableArray<string> Base,
    ImmutableArray<string> Theirs,
    string? OursLabel,
    string? BaseLabel,
    string? TheirsLabel,
    bool HasBase,
    int MarkerSize);
