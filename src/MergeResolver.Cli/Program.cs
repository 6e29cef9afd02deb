using System.CommandLine;
using MergeResolver.Cli;
using MergeResolver.Cli.Commands;

var root = new RootCommand("MergeResolver: resolves git merge conflicts, token by token, and leaves what it is unsure of exactly as git wrote it.")
{
    MergeCommand.Create(),
    MergetoolCommand.Create(),
    DriverCommand.Create(),
    ResolveCommand.Create(),
    InstallCommand.Create(uninstall: false),
    InstallCommand.Create(uninstall: true),
    EvalCommand.Create(),
    MineCommand.Create(),
    BenchCommand.Create(),
    FeaturizeCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    foreach (var error in parse.Errors)
    {
        Console.Error.WriteLine($"mergeresolver: {error.Message}");
    }

    Console.Error.WriteLine("Try 'mergeresolver --help'.");
    return ExitCodes.Usage;
}

try
{
    return parse.Invoke(new InvocationConfiguration { EnableDefaultExceptionHandler = false });
}
catch (CommandException e)
{
    Console.Error.WriteLine($"mergeresolver: {e.Message}");
    return e.ExitCode;
}
