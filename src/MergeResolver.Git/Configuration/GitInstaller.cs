namespace MergeResolver.Git.Configuration;

/// <summary>
/// Writes, and removes again, the git configuration that makes MergeResolver git's mergetool and
/// merge driver. Uninstall removes exactly the keys (and the <c>.gitattributes</c> line) install
/// writes: a section left empty goes too, so install then uninstall leaves the files as they were.
/// </summary>
public sealed class GitInstaller(string workDir, InstallScope scope, string command)
{
    /// <summary>The line install adds to <c>.gitattributes</c> with the driver, in the local scope.</summary>
    public const string AttributesLine = "*.cs merge=mergeresolver";

    private const string ToolSection = "mergetool.mergeresolver";
    private const string DriverSection = "merge.mergeresolver";

    /// <summary>The settings install writes for the mergetool.</summary>
    public IReadOnlyList<(string Key, string Value)> MergetoolSettings =>
    [
        ($"{ToolSection}.cmd", $"{command} mergetool \"$BASE\" \"$LOCAL\" \"$REMOTE\" \"$MERGED\""),
        ($"{ToolSection}.trustExitCode", "true"),
    ];

    /// <summary>The settings install writes for the merge driver; git 2.44 and later also pass the branch labels.</summary>
    public IReadOnlyList<(string Key, string Value)> DriverSettings =>
    [
        ($"{DriverSection}.name", "MergeResolver: resolves C# conflicts token by token"),
        ($"{DriverSection}.driver", $"{command} driver %O %A %B %L %P{(GitExecutable.Version().CompareTo((2, 44)) >= 0 ? " -L %X -L %S -L %Y" : string.Empty)}"),
    ];

    /// <summary>Writes the settings; a key already set to something else is an error unless <paramref name="force"/>.</summary>
    public IReadOnlyList<string> Install(bool mergetool, bool driver, bool force)
    {
        var done = new List<string>();
        var settings = (mergetool ? MergetoolSettings : []).Concat(driver ? DriverSettings : []).ToList();
        foreach (var (key, value) in settings)
        {
            var current = Get(key);
            if (current is not null && current != value && !force)
            {
                throw new IOException($"{key} is already set to '{current}'; run with --force to replace it");
            }
        }

        foreach (var (key, value) in settings)
        {
            if (Get(key) != value)
            {
                Git("config", ScopeFlag, key, value);
                done.Add($"{key} = {value}");
            }
        }

        if (driver && scope == InstallScope.Local)
        {
            var path = AttributesPath();
            var text = File.Exists(path) ? File.ReadAllText(path) : string.Empty;
            if (!text.Split('\n').Any(l => l.TrimEnd('\r') == AttributesLine))
            {
                var separator = text.Length > 0 && !text.EndsWith('\n') ? "\n" : string.Empty;
                File.WriteAllText(path, text + separator + AttributesLine + "\n");
                done.Add($".gitattributes: {AttributesLine}");
            }
        }

        return done;
    }

    /// <summary>Removes what install writes, and nothing else.</summary>
    public IReadOnlyList<string> Uninstall(bool mergetool, bool driver)
    {
        var done = new List<string>();
        foreach (var (section, settings) in new[] { (ToolSection, mergetool ? MergetoolSettings : []), (DriverSection, driver ? DriverSettings : []) })
        {
            foreach (var (key, _) in settings)
            {
                if (Get(key) is not null)
                {
                    Git("config", ScopeFlag, "--unset", key);
                    done.Add(key);
                }
            }

            var (code, _, _) = GitExecutable.Run(workDir, "config", ScopeFlag, "--get-regexp", "^" + section.Replace(".", "\\.", StringComparison.Ordinal) + "\\.");
            if (settings.Count > 0 && code == 1)
            {
                // Only an empty header is left, or nothing: the header goes too.
                GitExecutable.Run(workDir, "config", ScopeFlag, "--remove-section", section);
            }
        }

        if (driver && scope == InstallScope.Local)
        {
            var path = AttributesPath();
            if (File.Exists(path))
            {
                var text = File.ReadAllText(path);
                var lines = text.Split('\n').ToList();
                int at = lines.FindLastIndex(l => l.TrimEnd('\r') == AttributesLine);
                if (at >= 0)
                {
                    lines.RemoveAt(at);
                    var rest = string.Join('\n', lines);
                    if (rest.Length == 0)
                    {
                        File.Delete(path);
                    }
                    else
                    {
                        File.WriteAllText(path, rest);
                    }

                    done.Add($".gitattributes: {AttributesLine}");
                }
            }
        }

        return done;
    }

    private string ScopeFlag => scope == InstallScope.Global ? "--global" : "--local";

    private string? Get(string key)
    {
        var (code, stdout, _) = GitExecutable.Run(workDir, "config", ScopeFlag, "--get", key);
        return code == 0 ? stdout.TrimEnd('\n') : null;
    }

    private void Git(params string[] args)
    {
        var (code, _, stderr) = GitExecutable.Run(workDir, args);
        if (code != 0)
        {
            throw new IOException($"git {string.Join(' ', args)} failed: {stderr.Trim()}");
        }
    }

    private string AttributesPath()
    {
        var (code, stdout, stderr) = GitExecutable.Run(workDir, "rev-parse", "--show-toplevel");
        if (code != 0)
        {
            throw new IOException($"not in a git work tree: {stderr.Trim()}");
        }

        return Path.Combine(stdout.Trim(), ".gitattributes");
    }
}
