namespace MergeResolver.Git.IO;

/// <summary>
/// Replaces several files all or none. Every new content is first written in full to a temporary
/// file in a folder of the git directory (where <c>git add -A</c> never looks, even after a crash);
/// only then are they renamed over their targets, and if one rename fails the files already renamed
/// get their old bytes back. A full disk or an unwritable folder thus changes nothing.
/// </summary>
internal sealed class FileTransaction(string tempFolder)
{
    private readonly List<(string Path, byte[] Bytes, byte[] Old)> _writes = [];
    private readonly List<(string Path, byte[] Old)> _done = [];

    /// <summary>Adds a file to replace, with the bytes it holds now (put back if the transaction fails).</summary>
    public void Add(string path, byte[] bytes, byte[] old) => _writes.Add((path, bytes, old));

    /// <summary>Writes every file, or throws <see cref="IOException"/> with every file as it was.</summary>
    public void Commit()
    {
        foreach (var (path, _, _) in _writes)
        {
            AtomicFile.CheckWritable(path);
        }

        Directory.CreateDirectory(tempFolder);
        var temps = new List<string>();
        try
        {
            for (int i = 0; i < _writes.Count; i++)
            {
                temps.Add(WriteTemp(i, _writes[i].Path, _writes[i].Bytes));
            }

            for (int i = 0; i < _writes.Count; i++)
            {
                File.Move(temps[i], _writes[i].Path, overwrite: true);
                _done.Add((_writes[i].Path, _writes[i].Old));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            Rollback();
            throw new IOException($"{e.Message}: every file was put back as it was", e);
        }
        finally
        {
            foreach (var temp in temps)
            {
                File.Delete(temp);
            }
        }
    }

    /// <summary>Puts back the old bytes of every file already replaced.</summary>
    public void Rollback()
    {
        for (int i = _done.Count - 1; i >= 0; i--)
        {
            var (path, old) = _done[i];
            var temp = WriteTemp(_writes.Count + i, path, old);
            File.Move(temp, path, overwrite: true);
        }

        _done.Clear();
    }

    /// <summary>Deletes what a killed run may have left in the temporary folder.</summary>
    public static void Clean(string tempFolder)
    {
        if (Directory.Exists(tempFolder))
        {
            Directory.Delete(tempFolder, recursive: true);
        }
    }

    private string WriteTemp(int index, string target, byte[] bytes)
    {
        var temp = Path.Combine(tempFolder, $"{Environment.ProcessId}.{index}.tmp");
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        if (File.Exists(target) && !OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temp, File.GetUnixFileMode(target));
        }

        return temp;
    }
}
