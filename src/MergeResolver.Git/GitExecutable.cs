using System.Diagnostics;
using System.Text;

namespace MergeResolver.Git;

/// <summary>Runs the git executable on the PATH, for what only git itself does exactly as git does it (its own config files, finding a repository, checkout conversion).</summary>
internal static class GitExecutable
{
    public static (int ExitCode, string Stdout, string Stderr) Run(string workDir, params string[] args) => RunWithInput(workDir, string.Empty, args);

    /// <summary>Runs git with <paramref name="input"/> on its standard input.</summary>
    public static (int ExitCode, string Stdout, string Stderr) RunWithInput(string workDir, string input, IEnumerable<string> args)
    {
        using var process = Start(workDir, args, Encoding.UTF8);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        process.StandardInput.Write(input);
        process.StandardInput.Close();
        process.WaitForExit();
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>Runs git and keeps its standard output as bytes (a blob, say), undecoded.</summary>
    public static (int ExitCode, byte[] Stdout, string Stderr) RunForBytes(string workDir, params string[] args)
    {
        using var process = Start(workDir, args, null);
        process.StandardInput.Close();
        var stderr = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        process.WaitForExit();
        return (process.ExitCode, stdout.ToArray(), stderr.Result);
    }

    private static Process Start(string workDir, IEnumerable<string> args, Encoding? outputEncoding)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = outputEncoding,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        try
        {
            return Process.Start(start)!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new IOException($"cannot run git: {e.Message}");
        }
    }

    /// <summary>
    /// The git directory of the repository containing <paramref name="path"/>, found as git finds it
    /// (GIT_DIR, gitfiles, ceiling directories), or null outside any repository. libgit2's discovery
    /// returns its path through a buffer that Native AOT does not marshal back, so git is asked.
    /// </summary>
    public static string? GitDirectory(string path)
    {
        if (!Directory.Exists(path))
        {
            return null;
        }

        var (code, stdout, _) = Run(path, "rev-parse", "--absolute-git-dir");
        return code == 0 && stdout.Trim() is { Length: > 0 } dir ? dir : null;
    }

    /// <summary>git's version as (major, minor), or (0, 0) when it cannot be read.</summary>
    public static (int Major, int Minor) Version()
    {
        var (_, stdout, _) = Run(Environment.CurrentDirectory, "--version");
        var parts = stdout.Replace("git version", string.Empty, StringComparison.Ordinal).Trim().Split('.');
        return parts.Length >= 2 && int.TryParse(parts[0], out var major) && int.TryParse(parts[1], out var minor) ? (major, minor) : (0, 0);
    }
}
