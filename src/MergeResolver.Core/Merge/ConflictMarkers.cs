namespace MergeResolver.Merge;

/// <summary>How conflict markers are written: labels, marker length and whether the base is shown.</summary>
public sealed record ConflictMarkers
{
    /// <summary>Label after <c>&lt;&lt;&lt;&lt;&lt;&lt;&lt;</c>; none when null.</summary>
    public string? OursLabel { get; init; } = "ours";

    /// <summary>Label after <c>|||||||</c>; none when null.</summary>
    public string? BaseLabel { get; init; } = "base";

    /// <summary>Label after <c>&gt;&gt;&gt;&gt;&gt;&gt;&gt;</c>; none when null.</summary>
    public string? TheirsLabel { get; init; } = "theirs";

    /// <summary>How many characters each marker has (git's default is 7).</summary>
    public int Size { get; init; } = 7;

    /// <summary>The style: the base section is written in diff3 and zdiff3.</summary>
    public ConflictStyle Style { get; init; } = ConflictStyle.Diff3;

    /// <summary>
    /// In the merge style, whether two conflicts parted by more than three lines are still drawn as one
    /// when none of those lines has a letter or digit: <c>git merge-file</c> does (the default);
    /// <c>git merge</c>, and so what a mergetool or merge driver finds in the file, does not.
    /// </summary>
    public bool JoinAcrossPunctuationLines { get; init; } = true;

    /// <summary>Whether the base section is written.</summary>
    public bool ShowBase => Style != ConflictStyle.Merge;

    /// <summary>diff3 markers labelled ours, base and theirs.</summary>
    public static ConflictMarkers Default { get; } = new();
}
