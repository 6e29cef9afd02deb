using System.Diagnostics;
using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>
/// <c>resolve</c> changes the work tree and the index all or not at all: on every failure injected
/// here it exits 2 and leaves both byte for byte as they were.
/// </summary>
public sealed class ResolveAllOrNothingTests
{
    private static GitRepository Conflicted(string? parent = null)
    {
        var (b, o, t, _) = Examples.TokenLevel;
        var repo = new GitRepository(parent);
        var files = new[] { "A.cs", "src/B.cs", "src/C.cs" };
        repo.Branches(files.ToDictionary(f => f, _ => b), files.ToDictionary(f => f, _ => (string?)o), files.ToDictionary(f => f, _ => (string?)t));
        repo.TryGit("merge", "topic");
        Assert.Equal(files, repo.Unmerged());
        return repo;
    }

    /// <summary>Every file of the work tree and the index, byte for byte.</summary>
    private static SortedDictionary<string, byte[]> Snapshot(GitRepository repo)
    {
        var files = new SortedDictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(repo.Path, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(repo.Path, path);
            if (!relative.StartsWith(".git", StringComparison.Ordinal) || relative == Path.Combine(".git", "index"))
            {
                files[relative] = File.ReadAllBytes(path);
            }
        }

        return files;
    }

    private static void AssertUnchanged(SortedDictionary<string, byte[]> before, GitRepository repo)
    {
        var after = Snapshot(repo);
        Assert.Equal(before.Keys, after.Keys);
        foreach (var (path, bytes) in before)
        {
            Assert.True(bytes.AsSpan().SequenceEqual(after[path]), $"{path} changed");
        }
    }

    private static (int Code, string Stderr) Tool(GitRepository repo, params string[] args)
    {
        var (code, _, stderr) = CliProcess.Run(repo.Path, args);
        return (code, stderr);
    }

    private static void Run(string file, params string[] args)
    {
        using var process = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardError = true, RedirectStandardOutput = true })!;
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{file} {string.Join(' ', args)}: {process.StandardError.ReadToEnd()}");
    }

    [Fact]
    public void A_locked_index_changes_nothing()
    {
        using var repo = Conflicted();
        File.WriteAllText(Path.Combine(repo.Path, ".git", "index.lock"), string.Empty);
        var before = Snapshot(repo);

        var (code, stderr) = Tool(repo, "resolve");

        Assert.Equal(2, code);
        Assert.Contains("index.lock", stderr);
        AssertUnchanged(before, repo);
    }

    [Fact]
    public void A_report_path_that_cannot_be_written_changes_nothing()
    {
        using var repo = Conflicted();
        var before = Snapshot(repo);

        var (code, stderr) = Tool(repo, "resolve", "--report", "/nonexistent/r.md");

        Assert.Equal(2, code);
        Assert.Contains("/nonexistent", stderr);
        AssertUnchanged(before, repo);
    }

    [Fact]
    public void A_folder_that_refuses_writes_halfway_puts_back_the_files_already_written()
    {
        // An immutable folder refuses even root; A.cs, written first, must get its old bytes back.
        using var repo = Conflicted();
        var before = Snapshot(repo);
        var src = Path.Combine(repo.Path, "src");
        Run("chattr", "+i", src);
        try
        {
            var (code, stderr) = Tool(repo, "resolve");

            Assert.Equal(2, code);
            Assert.Contains("put back", stderr);
        }
        finally
        {
            Run("chattr", "-i", src);
        }

        AssertUnchanged(before, repo);
    }

    [Fact]
    public void A_full_disk_changes_nothing()
    {
        var mount = Directory.CreateTempSubdirectory("mergeresolver-tmpfs-").FullName;
        Run("mount", "-t", "tmpfs", "-o", "size=8m", "tmpfs", mount);
        try
        {
            using var repo = Conflicted(mount);
            var before = Snapshot(repo);
            try
            {
                using var filler = new FileStream(Path.Combine(mount, "filler"), FileMode.Create);
                var block = new byte[64 * 1024];
                while (true)
                {
                    filler.Write(block);
                    filler.Flush(flushToDisk: true);
                }
            }
            catch (IOException)
            {
                // The disk is full.
            }

            var (code, _) = Tool(repo, "resolve");

            Assert.Equal(2, code);
            AssertUnchanged(before, repo);
        }
        finally
        {
            Run("umount", "-l", mount);
            Directory.Delete(mount);
        }
    }

    [Fact]
    public void Temporary_files_go_to_the_git_directory_and_none_is_left()
    {
        using var repo = Conflicted();

        var (code, stderr) = Tool(repo, "resolve");

        Assert.True(code == 0, stderr);
        var status = repo.Git("status", "--porcelain", "--ignored", "--untracked-files=all").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.DoesNotContain(status, l => !l.StartsWith("M  ", StringComparison.Ordinal));
        Assert.False(Directory.Exists(Path.Combine(repo.Path, ".git", "mergeresolver", "tmp")));
    }
}
