using System.CommandLine;
using MergeResolver.Cli.IO;
using MergeResolver.Cli.Ranking;
using MergeResolver.Git.Configuration;
using MergeResolver.Merge;
using MergeResolver.Resolution;
using MergeResolver.Text;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver driver %O %A %B %L %P</c>: git's merge-driver contract. The result goes to %A;
/// exit 0 when clean, 1 when conflicts are left (markers of size %L), above 128 when the merge failed,
/// in which case %A is left as it was.
/// </summary>
internal static class DriverCommand
{
    /// <summary>git reads an exit status above 128 as "the driver failed", not "conflicts".</summary>
    public const int Failed = 129;

    public static Command Create()
    {
        var ancestor = new Argument<string>("ANCESTOR") { Description = "%O: the common ancestor's version." };
        var current = new Argument<string>("CURRENT") { Description = "%A: our version; the result is written here." };
        var other = new Argument<string>("OTHER") { Description = "%B: their version." };
        var markerSize = new Argument<int>("MARKER_SIZE") { Description = "%L: the conflict marker size." };
        var path = new Argument<string>("PATH") { Description = "%P: the path of the file in the repository." };
        var labels = new Option<string[]>("-L")
        {
            Description = "Marker labels in git's order: ours, base, theirs (git 2.44 and later pass %X and %Y). Default: HEAD, base, theirs.",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var style = new Option<string?>("--conflict-style") { Description = "merge, diff3 or zdiff3; default: the repository's merge.conflictStyle." };
        var algorithm = CommonOptions.Algorithm(Diff.DiffAlgorithm.Histogram);

        var command = new Command("driver", "Merge driver for .gitattributes (merge=mergeresolver): resolves what the resolver is sure of during 'git merge' itself. Exit 0 clean, 1 conflicts left, 129 failure.")
        {
            ancestor, current, other, markerSize, path, labels, style, algorithm,
        };

        command.SetAction(parse =>
        {
            try
            {
                return Run(parse, ancestor, current, other, markerSize, path, labels, style, algorithm);
            }
            catch (CommandException e)
            {
                Console.Error.WriteLine($"mergeresolver driver: {e.Message}");
                return Failed;
            }
        });
        return command;
    }

    private static int Run(
        ParseResult parse, Argument<string> ancestor, Argument<string> current, Argument<string> other, Argument<int> markerSize,
        Argument<string> path, Option<string[]> labels, Option<string?> style, Option<Diff.DiffAlgorithm> algorithm)
    {
        var currentPath = parse.GetValue(current)!;
        var baseText = InputFile.Read(parse.GetValue(ancestor)!, "%O");
        var ours = InputFile.Read(currentPath, "%A");
        var theirs = InputFile.Read(parse.GetValue(other)!, "%B");
        var given = parse.GetValue(labels) ?? [];
        var conflictStyle = parse.GetValue(style) is { } s
            ? CommonOptions.ParseStyle(s) ?? throw new CommandException(Failed, $"unknown conflict style '{s}'")
            : RepositoryConfig.ConflictStyle(Environment.CurrentDirectory);

        int size = parse.GetValue(markerSize);
        var markers = new ConflictMarkers
        {
            OursLabel = given.ElementAtOrDefault(0) ?? "HEAD",
            BaseLabel = given.ElementAtOrDefault(1) ?? "base",
            TheirsLabel = given.ElementAtOrDefault(2) ?? "theirs",
            Size = size > 0 ? size : 7,
            Style = conflictStyle,
            JoinAcrossPunctuationLines = false,
        };

        var resolved = new Resolver(new ResolverOptions { Algorithm = parse.GetValue(algorithm), Ranker = ShippedRanker.Instance })
            .Resolve(new MergeInput(baseText.Text, ours.Text, theirs.Text, parse.GetValue(path)));
        OutputFile.Write(currentPath, DecodedText.Encode(resolved.Render(markers), ours.Encoding));
        return resolved.ConflictsLeft == 0 ? ExitCodes.Clean : ExitCodes.ConflictsLeft;
    }
}
