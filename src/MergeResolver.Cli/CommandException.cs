namespace MergeResolver.Cli;

/// <summary>A failure with a message for the user and the exit code that goes with it.</summary>
internal sealed class CommandException(int exitCode, string message) : Exception(message)
{
    public int ExitCode { get; } = exitCode;
}
