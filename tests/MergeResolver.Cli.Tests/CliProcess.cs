using System.Diagnostics;

namespace MergeResolver.Cli.Tests;

/// <summary>Runs the built <c>mergeresolver</c> as its own process, as git and users run it.</summary>
internal static class CliProcess
{
    private static readonly string Dll = Path.Combine(AppContext.BaseDirectory, "mergeresolver.dll");

    /// <summary>The command line git is given to call the tool (shell syntax).</summary>
    public static string ShellCommand => $"dotnet '{Dll}'";

    public static (int ExitCode, byte[] Stdout, string Stderr) Run(string workDir, params string[] args) =>
        Run(workDir, new Dictionary<string, string>(), args);

    /// <summary>Runs with git's user configuration kept out, plus <paramref name="environment"/>.</summary>
    public static (int ExitCode, byte[] Stdout, string Stderr) Run(string workDir, IReadOnlyDictionary<string, string> environment, params string[] args) =>
        RunExecutable(null, workDir, environment, args);

    /// <summary>Runs <paramref name="executable"/> (a published tool) instead of the built one, as <see cref="Run(string, IReadOnlyDictionary{string, string}, string[])"/> does.</summary>
    public static (int ExitCode, byte[] Stdout, string Stderr) RunExecutable(string? executable, string workDir, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo(executable ?? "dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        if (executable is null)
        {
            start.ArgumentList.Add(Dll);
        }

        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = GitProcess.EmptyGlobalConfig;

        // The workflow tests check what git sees with the rules-based ranker, whose choices are fixed;
        // the tests that pass MERGERESOLVER_MODEL themselves run the shipped model.
        start.Environment["MERGERESOLVER_MODEL"] = "none";
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        process.WaitForExit();
        return (process.ExitCode, stdout.ToArray(), stderr.Result);
    }
}
