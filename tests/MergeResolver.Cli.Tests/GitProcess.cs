using System.Diagnostics;
using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>Runs the real git executable.</summary>
internal static class GitProcess
{
    /// <summary>
    /// An empty file standing for the user's git configuration: tests never read the machine's, and a
    /// test that writes a global setting by mistake cannot turn /dev/null into a file.
    /// </summary>
    public static string EmptyGlobalConfig { get; } = CreateEmptyConfig();

    public static (int ExitCode, byte[] Stdout, string Stderr) Run(string workDir, params string[] args)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workDir,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var a in args)
        {
            start.ArgumentList.Add(a);
        }

        // Tests must not depend on the machine's git configuration.
        start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
        start.Environment["GIT_CONFIG_GLOBAL"] = GitProcess.EmptyGlobalConfig;
        start.Environment["GIT_AUTHOR_NAME"] = "Test";
        start.Environment["GIT_AUTHOR_EMAIL"] = "test@example.com";
        start.Environment["GIT_COMMITTER_NAME"] = "Test";
        start.Environment["GIT_COMMITTER_EMAIL"] = "test@example.com";

        // Drivers and mergetools git starts run with the rules-based ranker, as CliProcess does.
        start.Environment["MERGERESOLVER_MODEL"] = "none";

        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stderrTask = process.StandardError.ReadToEndAsync();
        using var stdout = new MemoryStream();
        process.StandardOutput.BaseStream.CopyTo(stdout);
        process.WaitForExit();
        return (process.ExitCode, stdout.ToArray(), stderrTask.Result);
    }

    /// <summary>What <c>git merge-file -p</c> prints for the three texts (written as UTF-8).</summary>
    public static string MergeFile(string ours, string @base, string theirs, params string[] options)
    {
        var dir = Directory.CreateTempSubdirectory("mr-mergefile-").FullName;
        try
        {
            var utf8 = new UTF8Encoding(false);
            File.WriteAllText(Path.Combine(dir, "ours"), ours, utf8);
            File.WriteAllText(Path.Combine(dir, "base"), @base, utf8);
            File.WriteAllText(Path.Combine(dir, "theirs"), theirs, utf8);
            var (code, stdout, stderr) = Run(dir, ["merge-file", "-p", .. options, "-L", "ours", "-L", "base", "-L", "theirs", "ours", "base", "theirs"]);
            if (code < 0 || code > 127)
            {
                throw new InvalidOperationException($"git merge-file failed ({code}): {stderr}");
            }

            return utf8.GetString(stdout);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    private static string CreateEmptyConfig()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("mergeresolver-gitconfig-").FullName, "gitconfig");
        File.WriteAllBytes(path, []);
        return path;
    }
}
