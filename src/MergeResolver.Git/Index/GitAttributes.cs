namespace MergeResolver.Git.Index;

/// <summary>
/// The attributes that decide how git merges and checks out a path (<c>merge</c>,
/// <c>conflict-marker-size</c>, <c>working-tree-encoding</c>, <c>filter</c>), read by git itself
/// (<c>git check-attr</c>), so that every attributes file and macro counts as git counts it.
/// </summary>
internal sealed record GitAttributes(string? Merge, int? ConflictMarkerSize, string? WorkingTreeEncoding, string? Filter)
{
    private static readonly string[] Names = ["merge", "conflict-marker-size", "working-tree-encoding", "filter"];

    /// <summary>The attributes of each of <paramref name="paths"/> (relative to the work tree), in one git process.</summary>
    public static Dictionary<string, GitAttributes> Of(string workDir, IReadOnlyCollection<string> paths)
    {
        var values = paths.ToDictionary(p => p, _ => new Dictionary<string, string>(), StringComparer.Ordinal);
        if (paths.Count == 0)
        {
            return [];
        }

        var (exit, stdout, stderr) = GitExecutable.RunWithInput(workDir, string.Join('\0', paths) + "\0", ["check-attr", "-z", "--stdin", .. Names]);
        if (exit != 0)
        {
            throw new RepositoryException($"git check-attr failed: {stderr.Trim()}");
        }

        var fields = stdout.Split('\0');
        for (int i = 0; i + 2 < fields.Length; i += 3)
        {
            if (values.TryGetValue(fields[i], out var attributes))
            {
                attributes[fields[i + 1]] = fields[i + 2];
            }
        }

        return values.ToDictionary(
            p => p.Key,
            p => new GitAttributes(
                Value(p.Value, "merge"),
                int.TryParse(Value(p.Value, "conflict-marker-size"), out int size) && size > 0 ? size : null,
                Value(p.Value, "working-tree-encoding"),
                Value(p.Value, "filter")),
            StringComparer.Ordinal);
    }

    /// <summary>What <c>check-attr</c> printed, null when unspecified; "set" and "unset" stay words.</summary>
    private static string? Value(Dictionary<string, string> values, string name) =>
        values.TryGetValue(name, out var value) && value != "unspecified" ? value : null;
}
