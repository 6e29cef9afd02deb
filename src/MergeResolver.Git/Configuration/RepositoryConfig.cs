using LibGit2Sharp;
using MergeResolver.Merge;

namespace MergeResolver.Git.Configuration;

/// <summary>The settings of the repository around a folder that decide how conflicts are drawn.</summary>
public static class RepositoryConfig
{
    /// <summary>
    /// The <c>merge.conflictStyle</c> in force for the repository containing <paramref name="folder"/>
    /// (its own, global and system configuration); git's default, merge, when unset or outside a repository.
    /// </summary>
    public static ConflictStyle ConflictStyle(string folder)
    {
        var value = Read(folder, "merge.conflictStyle");
        return value?.ToLowerInvariant() switch
        {
            "diff3" => Merge.ConflictStyle.Diff3,
            "zdiff3" => Merge.ConflictStyle.ZealousDiff3,
            _ => Merge.ConflictStyle.Merge,
        };
    }

    /// <summary>
    /// <c>mergeresolver.threshold</c>: the probability a resolution must reach in the mergetool, the
    /// driver and <c>resolve</c> of this repository (or user); null when unset or not a number from 0 to 1.
    /// </summary>
    public static double? Threshold(string folder) =>
        double.TryParse(Read(folder, "mergeresolver.threshold"), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1
            ? p
            : null;

    private static string? Read(string folder, string key)
    {
        var gitDir = Repository.Discover(folder);
        if (gitDir is null)
        {
            return null;
        }

        using var repo = new Repository(gitDir);
        return repo.Config.Get<string>(key)?.Value;
    }
}
