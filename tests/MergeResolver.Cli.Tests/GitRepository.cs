using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>A real git repository in a temporary folder, driven with the real git executable.</summary>
internal sealed class GitRepository : IDisposable
{
    private readonly TempDir _dir;

    /// <summary>A new repository in a temporary folder, under <paramref name="parent"/> when given (a small file system, say).</summary>
    public GitRepository(string? parent = null)
    {
        _dir = new TempDir(parent);
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
    /// <summary>Commits the base on main, theirs on topic, then ours on main, each file in <paramref name="encoding"/> (UTF-8 by default).</summary>
    public void Branches(IReadOnlyDictionary<string, string> @base, IReadOnlyDictionary<string, string?> ours, IReadOnlyDictionary<string, string?> theirs, System.Text.Encoding? encoding = null)
    {
        foreach (var (f, t) in @base)
        {
            Write(f, t, encoding);
        }

        Commit("base");
        Git("checkout", "-q", "-b", "topic");
        Apply(theirs, encoding);
        Commit("theirs");
        Git("checkout", "-q", "main");
        Apply(ours, encoding);
        Commit("ours");
    }

    public void Dispose() => _dir.Dispose();

    private void Write(string file, string text, System.Text.Encoding? encoding)
    {
        if (encoding is null)
        {
            Write(file, text);
        }
        else
        {
            File.WriteAllBytes(System.IO.Path.Combine(Path, file), encoding.GetBytes(text));
        }
    }

    private void Apply(IReadOnlyDictionary<string, string?> files, System.Text.Encoding? encoding)
    {
        foreach (var (f, t) in files)
        {
            if (t is null)
            {
                File.Delete(System.IO.Path.Combine(Path, f));
            }
            else
            {
                Write(f, t, encoding);
            }
        }
    }
}
