namespace MergeResolver.Cli;

/// <summary>
/// How to start this program again, for git's settings and the benchmarks: the executable itself
/// when it is one (an apphost or an ahead-of-time compiled binary), else <c>dotnet mergeresolver.dll</c>.
/// </summary>
internal static class ThisProgram
{
    /// <summary>The file to run and the arguments that come before the command's own.</summary>
    public static (string File, IReadOnlyList<string> Prefix) Command { get; } = Find();

    /// <summary>The same, as a shell command line (paths quoted).</summary>
    public static string ShellCommand => string.Join(' ', new[] { Command.File }.Concat(Command.Prefix).Select(a => a.Contains(' ', StringComparison.Ordinal) || a.Contains('/', StringComparison.Ordinal) ? $"'{a}'" : a));

    private static (string, IReadOnlyList<string>) Find()
    {
        var process = Environment.ProcessPath ?? "mergeresolver";
        return Path.GetFileNameWithoutExtension(process) == "dotnet"
            ? ("dotnet", [Path.Combine(AppContext.BaseDirectory, "mergeresolver.dll")])
            : (process, []);
    }
}
