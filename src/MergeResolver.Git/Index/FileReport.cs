using System.Collections.Immutable;

namespace MergeResolver.Git.Index;

/// <summary>What batch resolution did with one conflicted file.</summary>
public sealed record FileReport(string Path, ConflictKind Kind, FileOutcome Outcome, string? Reason, ImmutableArray<HunkReport> Hunks);

/// <summary>The state a file is left in.</summary>
public enum FileOutcome
{
    /// <summary>Every hunk resolved: written and staged.</summary>
    Resolved,

    /// <summary>Some hunks resolved: written, with markers for the rest, not staged.</summary>
    PartlyResolved,

    /// <summary>No hunk resolved: left exactly as git left it.</summary>
    Left,

    /// <summary>No conflict markers were left in the work-tree file (resolved by hand, or by rerere): untouched, not staged.</summary>
    AlreadyResolved,

    /// <summary>Not a content conflict (or not text): reported and left alone, never guessed.</summary>
    Skipped,
}

/// <summary>One hunk of a file: where it is (ours' lines, from 1), and what was applied with what confidence, or why it was left.</summary>
public sealed record HunkReport(int Index, int OursLine, int OursLineCount, string? Applied, double? Confidence, string Explanation);
