using System.Text;

namespace MergeResolver.Cli.Tests;

/// <summary>A temporary folder deleted after the test.</summary>
internal sealed class TempDir : IDisposable
{
    private static readonly UTF8Encoding Utf8 = new(false);

    public TempDir(string? parent = null)
    {
        Path = parent is null
            ? Directory.CreateTempSubdirectory("mergeresolver-test-").FullName
            : Directory.CreateDirectory(System.IO.Path.Combine(parent, "mergeresolver-test-" + Guid.NewGuid().ToString("N"))).FullName;
    }

    public string Path { get; }

    public string Write(string name, string text)
    {
        var path = System.IO.Path.Combine(Path, name);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text, Utf8);
        return path;
    }

    public string WriteBytes(string name, byte[] bytes)
    {
        var path = System.IO.Path.Combine(Path, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    public string Read(string name) => File.ReadAllText(System.IO.Path.Combine(Path, name), Utf8);

    public void Dispose()
    {
        foreach (var file in Directory.EnumerateFiles(Path, "*", SearchOption.AllDirectories))
        {
            File.SetAttributes(file, FileAttributes.Normal);
        }

        Directory.Delete(Path, recursive: true);
    }
}
