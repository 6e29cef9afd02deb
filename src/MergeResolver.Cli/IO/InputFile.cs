using MergeResolver.Text;

namespace MergeResolver.Cli.IO;

/// <summary>Reads and decodes an input file, turning every failure into a <see cref="CommandException"/> with a clear message.</summary>
internal static class InputFile
{
    public static DecodedText Read(string path, string role)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CommandException(ExitCodes.IOError, $"cannot read {role} '{path}': {e.Message}");
        }

        try
        {
            return TextDecoder.Decode(bytes);
        }
        catch (InvalidTextException e)
        {
            throw new CommandException(ExitCodes.InvalidInput, $"{role} '{path}': {e.Message}");
        }
    }
}
