using MergeResolver.Git.IO;

namespace MergeResolver.Cli.IO;

/// <summary>Writes a command's output file atomically, turning every failure into a <see cref="CommandException"/>.</summary>
internal static class OutputFile
{
    public static void Write(string path, byte[] bytes)
    {
        try
        {
            AtomicFile.Write(path, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ExitCodes.IOError, e.Message.StartsWith("cannot write", StringComparison.Ordinal) ? e.Message : $"cannot write '{path}': {e.Message}");
        }
    }
}
