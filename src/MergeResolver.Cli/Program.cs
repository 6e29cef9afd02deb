using System.CommandLine;
using System.CommandLine.Parsing;
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
    OptimizeModelCommand.Create(),
};

var parse = root.Parse(args);
if (parse.Errors.Count > 0)
{
    // An unknown option is taken for an argument and pushes the real ones along, so that the
    // parser blames the last file given: name the option instead.
    var command = parse.CommandResult.Command;
    var known = command.Options.SelectMany(o => o.Aliases.Append(o.Name)).ToHashSet(StringComparer.Ordinal);
    var unknown = parse.Tokens.FirstOrDefault(t => t.Type == TokenType.Argument && t.Value.Length > 1 && t.Value[0] == '-' &&
        !double.TryParse(t.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out _) &&
        !known.Contains(t.Value.Split('=', ':')[0]));
    var messages = unknown is null
        ? parse.Errors.Select(e => e.Message)
        : [$"'{command.Name}' has no option '{unknown.Value}'"];
    foreach (var message in messages)
    {
        Console.Error.WriteLine($"mergeresolver: {message}");
    }

    Console.Error.WriteLine(command == root ? "Try 'mergeresolver --help'." : $"Try 'mergeresolver {command.Name} --help'.");
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
catch (InvalidDataException e)
{
    // A dataset line that is no record: found while reading, wherever the records are used.
    Console.Error.WriteLine($"mergeresolver: {e.Message}");
    return ExitCodes.InvalidInput;
}
