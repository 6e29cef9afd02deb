namespace MergeResolver.Cli.IO;

/// <summary>
/// Replaces a file's content all at once: the bytes go to a temporary file beside it, which is then
/// renamed over it, so a reader never sees half a file and a failure leaves the old content.
/// </summary>
internal static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
        {
            throw new CommandException(ExitCodes.IOError, $"cannot write '{path}': it is a directory");
        }

        if (new FileInfo(full).LinkTarget is not null)
        {
            throw new CommandException(ExitCodes.IOError, $"cannot write '{path}': it is a symbolic link, and replacing it would lose the link");
        }

        var dir = Path.GetDirectoryName(full)!;
        var temp = Path.Combine(dir, $".{Path.GetFileName(full)}.{Environment.ProcessId}.mergeresolver.tmp");
        try
        {
            if (File.Exists(full) && (File.GetAttributes(full) & FileAttributes.ReadOnly) != 0)
            {
                throw new UnauthorizedAccessException("the file is read-only");
            }

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
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TryDelete(temp);
            throw new CommandException(ExitCodes.IOError, $"cannot write '{path}': {e.Message}");
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: the temporary file is named so that it is recognisable.
        }
    }
}
