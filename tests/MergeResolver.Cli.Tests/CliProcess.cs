using System.Diagnostics;

namespace MergeResolver.Cli.Tests;

/// <summary>Runs the built <c>mergeresolver</c> as its own process, as git and users run it.</summary>
internal static class CliProcess
{
    public static string Dll { get; } = Path.Combine(AppContext.BaseDirectory, "mergeresolver.dll");

    /// <summary>The command line git is given to call the tool (shell syntax).</summary>
    public static string ShellCommand => $"dotnet '{Dll}'";

    public static (int ExitCode, byte[] Stdout, string Stderr) Run(string workDir, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Dll);
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
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
