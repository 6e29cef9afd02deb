namespace MergeResolver.Git.IO;

/// <summary>
/// Replaces a file's content all at once: the bytes go to a temporary file beside it, which is then
/// renamed over it, so a reader never sees half a file and a failure leaves the old content.
/// A read-only file, a directory and a symbolic link are refused rather than replaced.
/// </summary>
public static class AtomicFile
{
    /// <summary>Throws <see cref="IOException"/> with the reason when the file cannot be replaced.</summary>
    public static void CheckWritable(string path)
    {
        var info = new FileInfo(path);
        if (Directory.Exists(path))
        {
            throw new IOException($"cannot write '{path}': it is a directory");
        }

        if (info.LinkTarget is not null)
        {
            throw new IOException($"cannot write '{path}': it is a symbolic link, and replacing it would lose the link");
        }

        if (info.Exists && info.IsReadOnly)
        {
            throw new IOException($"cannot write '{path}': the file is read-only");
        }
    }

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/>, keeping the file's permissions.</summary>
    public static void Write(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        CheckWritable(full);
        var temp = Path.Combine(Path.GetDirectoryName(full)!, $".{Path.GetFileName(full)}.{Environment.ProcessId}.mergeresolver.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            if (File.Exists(full) && !OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(temp, File.GetUnixFileMode(full));
            }

            File.Move(temp, full, overwrite: true);
        }
        catch
        {
            File.Delete(temp);
            throw;
        }
    }
}
