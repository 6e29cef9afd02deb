using System.CommandLine;

namespace MergeResolver.Cli.Commands;

internal static class EvalCommand
{
    public static Command Create() => new("eval", "placeholder");
}
