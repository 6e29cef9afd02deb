using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>A real git repository in a temporary folder, left in the middle of a conflicted merge of branch "topic" into "main".</summary>
internal sealed class ConflictedRepository : IDisposable
{
    private readonly TempDir _dir = new();

    public ConflictedRepository(string file, string @base, string ours, string theirs)
    {
        File = file;
        Git("init", "-q", "-b", "main");
        Write(file, @base);
        Commit("base");
        Git("checkout", "-q", "-b", "topic");
        Write(file, theirs);
        Commit("theirs");
        Git("checkout", "-q", "main");
        Write(file, ours);
        Commit("ours");
        var (code, _, _) = GitProcess.Run(Path, "merge", "topic");
        if (code == 0)
        {
            throw new InvalidOperationException("the merge did not conflict");
        }
    }

    public string Path => _dir.Path;

    public string File { get; }

    public string Text => _dir.Read(File);

    public string Git(params string[] args)
    {
        var (code, stdout, stderr) = GitProcess.Run(Path, args);
        if (code != 0)
        {
            throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({code}): {stderr}");
        }

        return Encoding.UTF8.GetString(stdout);
    }

    public (int ExitCode, string Output) TryGit(params string[] args)
    {
        var (code, stdout, stderr) = GitProcess.Run(Path, args);
        return (code, Encoding.UTF8.GetString(stdout) + stderr);
    }

    public void Dispose() => _dir.Dispose();

    private void Write(string file, string text) => _dir.Write(file, text);

    private void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }
}
