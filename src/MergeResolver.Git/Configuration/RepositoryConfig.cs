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
