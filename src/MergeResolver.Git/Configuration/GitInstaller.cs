using System.Text;
using System.Text.Json;

namespace MergeResolver.Git.Configuration;

/// <summary>
/// Writes, and removes again, the git configuration that makes MergeResolver git's mergetool and
/// merge driver. Install records what it wrote beside the configuration; uninstall removes exactly
/// that, byte for byte, and nothing the user wrote: a key the user set, a line the user had, a
/// comment in a section, a file that existed before.
/// </summary>
public sealed class GitInstaller(string workDir, InstallScope scope, string command)
{
    /// <summary>The line install adds to the attributes file with the driver.</summary>
    public const string AttributesLine = "*.cs merge=mergeresolver";

    private const string ToolSection = "mergetool.mergeresolver";
    private const string DriverSection = "merge.mergeresolver";
    private const string RecordSuffix = ".mergeresolver-install.json";


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

    /// <summary>
    /// Writes the settings, and with the driver the attributes line: in the repository's
    /// <c>.git/info/attributes</c> (never the tracked <c>.gitattributes</c>), or globally in the
    /// attributes file git reads (<c>core.attributesFile</c>). A key already set to something else is
    /// an error unless <paramref name="force"/>.
    /// </summary>
    public IReadOnlyList<string> Install(bool mergetool, bool driver, bool force)
    {
        var settings = (mergetool ? MergetoolSettings : []).Concat(driver ? DriverSettings : []).ToList();
        foreach (var (key, value) in settings)
        {
            var current = Get(key);
            if (current is not null && current != value && !force)
            {
                throw new IOException($"{key} is already set to '{current}'; run with --force to replace it");
            }
        }

        var configFile = ConfigFile();
        var record = ReadRecord(configFile) ?? new InstallRecord { ConfigFile = configFile, ConfigExisted = File.Exists(configFile) };
        var done = new List<string>();
        foreach (var section in settings.Select(s => SectionOf(s.Key)).Distinct())
        {
            if (!HasSection(section) && !record.SectionsCreated.Contains(section))
            {
                record.SectionsCreated.Add(section);
            }
        }

        foreach (var (key, value) in settings)
        {
            var current = Get(key);
            if (current != value)
            {
                Git("config", ScopeFlag, key, value);
                record.Keys.Add(new InstallRecord.RecordedKey(key, value, current));
                done.Add($"{key} = {value}");
            }
        }

        if (driver && record.AttributesAppended is null)
        {
            var path = AttributesFile();
            var bytes = File.Exists(path) ? File.ReadAllBytes(path) : [];
            if (!Encoding.UTF8.GetString(bytes).Split('\n').Any(l => l.TrimEnd('\r') == AttributesLine))
            {
                var appended = (bytes.Length > 0 && bytes[^1] != (byte)'\n' ? "\n" : string.Empty) + AttributesLine + "\n";
                record.AttributesFile = path;
                record.AttributesExisted = File.Exists(path);
                record.AttributesAppended = appended;
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                using (var stream = new FileStream(path, FileMode.Append, FileAccess.Write))
                {
                    stream.Write(Encoding.UTF8.GetBytes(appended));
                }

                done.Add($"{path}: {AttributesLine}");
            }
        }

        if (done.Count > 0)
        {
            File.WriteAllText(configFile + RecordSuffix, JsonSerializer.Serialize(record, GitJson.Indented.InstallRecord));
        }

        return done;
    }

    /// <summary>Removes what install recorded for the parts named, and nothing else.</summary>
    public IReadOnlyList<string> Uninstall(bool mergetool, bool driver)
    {
        var configFile = ConfigFile();
        var record = ReadRecord(configFile);
        if (record is null)
        {
            return [];
        }

        var done = new List<string>();
        var sections = new List<string>();
        if (mergetool)
        {
            sections.Add(ToolSection);
        }

        if (driver)
        {
            sections.Add(DriverSection);
        }

        foreach (var key in record.Keys.Where(k => sections.Contains(SectionOf(k.Key))).ToList())
        {
            if (Get(key.Key) == key.Value)
            {
                if (key.Previous is null)
                {
                    Git("config", ScopeFlag, "--unset", key.Key);
                }
                else
                {
                    Git("config", ScopeFlag, key.Key, key.Previous);
                }

                done.Add(key.Key);
            }

            record.Keys.Remove(key);
        }

        foreach (var section in record.SectionsCreated.Where(sections.Contains).ToList())
        {
            RemoveSectionIfBare(configFile, section);
            record.SectionsCreated.Remove(section);
        }

        if (driver && record.AttributesFile is { } attributes && record.AttributesAppended is { } appended)
        {
            RemoveAppended(attributes, appended, record.AttributesExisted);
            done.Add($"{attributes}: {AttributesLine}");
            record.AttributesFile = null;
            record.AttributesAppended = null;
        }

        if (record.Keys.Count == 0 && record.AttributesAppended is null)
        {
            File.Delete(configFile + RecordSuffix);
            if (!record.ConfigExisted && File.Exists(configFile) && File.ReadAllText(configFile).Trim().Length == 0)
            {
                File.Delete(configFile);
            }
        }
        else
        {
            File.WriteAllText(configFile + RecordSuffix, JsonSerializer.Serialize(record, GitJson.Indented.InstallRecord));
        }

        return done;
    }

    private static string SectionOf(string key) => key[..key.LastIndexOf('.')];

    private static InstallRecord? ReadRecord(string configFile)
    {
        var path = configFile + RecordSuffix;
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(path), GitJson.Indented.InstallRecord);
        }
        catch (JsonException e)
        {
            throw new IOException($"{path} is not a record install wrote: {e.Message}");
        }
    }

    /// <summary>The appended bytes go when they are still the file's end; otherwise the one line, if it is still there.</summary>
    private static void RemoveAppended(string path, string appended, bool existed)
    {
        if (!File.Exists(path))
        {
            return;
        }

        var bytes = File.ReadAllBytes(path);
        var tail = Encoding.UTF8.GetBytes(appended);
        if (bytes.AsSpan().EndsWith(tail))
        {
            bytes = bytes[..^tail.Length];
        }
        else
        {
            var line = Encoding.UTF8.GetBytes(AttributesLine + "\n");
            int at = bytes.AsSpan().LastIndexOf(line);
            if (at < 0 || (at > 0 && bytes[at - 1] != (byte)'\n'))
            {
                return;
            }

            bytes = [.. bytes[..at], .. bytes[(at + line.Length)..]];
        }

        if (!existed && bytes.Length == 0)
        {
            File.Delete(path);
        }
        else
        {
            File.WriteAllBytes(path, bytes);
        }
    }

    /// <summary>Removes a section header install created, when nothing (no key, no comment) is left under it.</summary>
    private void RemoveSectionIfBare(string configFile, string section)
    {
        if (!File.Exists(configFile))
        {
            return;
        }

        var dot = section.IndexOf('.');
        var header = $"[{section[..dot]} \"{section[(dot + 1)..]}\"]";
        var lines = File.ReadAllText(configFile).Split('\n');
        int at = Array.FindIndex(lines, l => l.Trim().Equals(header, StringComparison.OrdinalIgnoreCase));
        if (at < 0)
        {
            return;
        }

        for (int i = at + 1; i < lines.Length && !lines[i].TrimStart().StartsWith('['); i++)
        {
            if (lines[i].Trim().Length > 0)
            {
                return;
            }
        }

        GitExecutable.Run(workDir, "config", ScopeFlag, "--remove-section", section);
    }

    private string ScopeFlag => scope == InstallScope.Global ? "--global" : "--local";

    private bool HasSection(string section)
    {
        var (code, _, _) = GitExecutable.Run(workDir, "config", ScopeFlag, "--get-regexp", "^" + section.Replace(".", "\\.", StringComparison.Ordinal) + "\\.");
        return code == 0;
    }

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

    /// <summary>The configuration file the scope writes, as git picks it.</summary>
    private string ConfigFile()
    {
        if (scope == InstallScope.Local)
        {
            return GitPath("config");
        }

        if (Environment.GetEnvironmentVariable("GIT_CONFIG_GLOBAL") is { Length: > 0 } global)
        {
            return Path.GetFullPath(global);
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var dotfile = Path.Combine(home, ".gitconfig");
        var xdg = Path.Combine(XdgConfigHome(home), "git", "config");
        return File.Exists(dotfile) || !File.Exists(xdg) ? dotfile : xdg;
    }

    /// <summary>The attributes file git reads for the scope: the repository's info/attributes, or the global one.</summary>
    private string AttributesFile()
    {
        if (scope == InstallScope.Local)
        {
            return GitPath("info/attributes");
        }

        var home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var configured = Get("core.attributesFile");
        if (configured is { Length: > 0 })
        {
            return configured.StartsWith("~/", StringComparison.Ordinal) ? Path.Combine(home, configured[2..]) : Path.GetFullPath(configured, workDir);
        }

        return Path.Combine(XdgConfigHome(home), "git", "attributes");
    }

    private static string XdgConfigHome(string home) =>
        Environment.GetEnvironmentVariable("XDG_CONFIG_HOME") is { Length: > 0 } xdg ? xdg : Path.Combine(home, ".config");

    private string GitPath(string name)
    {
        var (code, stdout, stderr) = GitExecutable.Run(workDir, "rev-parse", "--git-path", name);
        if (code != 0)
        {
            throw new IOException($"not in a git repository: {stderr.Trim()}");
        }

        return Path.GetFullPath(stdout.Trim(), workDir);
    }
}
