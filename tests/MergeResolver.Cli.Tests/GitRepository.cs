using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>A real git repository in a temporary folder, driven with the real git executable.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TempDir _dir = new();

    public GitRepository()
    {
        Git("init", "-q", "-b", "main");
    }

    public string Path => _dir.Path;

    public string Read(string file) => _dir.Read(file);

    public void Write(string file, string text) => _dir.Write(file, text);

    public void Commit(string message)
    {
        Git("add", "-A");
        Git("commit", "-q", "-m", message);
    }

    public string Git(params string[] args)
    {
        var (code, output) = TryGit(args);
        return code == 0 ? output : throw new InvalidOperationException($"git {string.Join(' ', args)} failed ({code}): {output}");
    }

    public (int ExitCode, string Output) TryGit(params string[] args)
    {
        var (code, stdout, stderr) = GitProcess.Run(Path, args);
        return (code, Encoding.UTF8.GetString(stdout) + (code == 0 ? string.Empty : stderr));
    }

    /// <summary>Files still unmerged in the index, in order.</summary>
    public string[] Unmerged() => Git("diff", "--name-only", "--diff-filter=U").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Makes "topic" change <paramref name="theirs"/> and "main" change <paramref name="ours"/> from a common <paramref name="base"/>; HEAD is main.</summary>
    public void Branches(IReadOnlyDictionary<string, string> @base, IReadOnlyDictionary<string, string?> ours, IReadOnlyDictionary<string, string?> theirs)
    {
        foreach (var (f, t) in @base)
        {
            Write(f, t);
        }

        Commit("base");
        Git("checkout", "-q", "-b", "topic");
        Apply(theirs);
        Commit("theirs");
        Git("checkout", "-q", "main");
        Apply(ours);
        Commit("ours");
    }

    public void Dispose() => _dir.Dispose();

    private void Apply(IReadOnlyDictionary<string, string?> files)
    {
        foreach (var (f, t) in files)
        {
            if (t is null)
            {
                File.Delete(System.IO.Path.Combine(Path, f));
            }
            else
            {
                Write(f, t);
            }
        }
    }
}
