using System.Globalization;
using MergeResolver.Merge;

namespace MergeResolver.Git.Configuration;

/// <summary>
/// The settings of the repository around a folder that decide how conflicts are drawn and what is
/// applied, read by git itself (<c>git config</c>: the repository's, global and system files,
/// includes and all) in one process, so that the merge driver and the mergetool never open the
/// repository.
/// </summary>
public sealed record RepositoryConfig(ConflictStyle ConflictStyle, double? Threshold)
{
    /// <summary>The settings in force in <paramref name="folder"/>; git's defaults when unset or outside a repository.</summary>
    public static RepositoryConfig Of(string folder)
    {
        string? style = null, threshold = null;
        var (exit, stdout, _) = GitExecutable.Run(folder, "config", "-z", "--get-regexp", @"^(merge\.conflictstyle|mergeresolver\.threshold)$");
        if (exit == 0)
        {
            // Each entry is "key\nvalue\0"; the last one wins, as in git.
            foreach (var entry in stdout.Split('\0', StringSplitOptions.RemoveEmptyEntries))
            {
                int newline = entry.IndexOf('\n');
                var (key, value) = newline < 0 ? (entry, string.Empty) : (entry[..newline], entry[(newline + 1)..]);
                if (key == "merge.conflictstyle")
                {
                    style = value;
                }
                else
                {
                    threshold = value;
                }
            }
        }

        return new RepositoryConfig(
            style?.ToLowerInvariant() switch
            {
                "diff3" => ConflictStyle.Diff3,
                "zdiff3" => ConflictStyle.ZealousDiff3,
                _ => ConflictStyle.Merge,
            },
            double.TryParse(threshold, NumberStyles.Float, CultureInfo.InvariantCulture, out var p) && p is >= 0 and <= 1 ? p : null);
    }
}
