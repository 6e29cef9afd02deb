using System.CommandLine;
using System.Diagnostics;
using MergeResolver.Cli.IO;
using MergeResolver.Cli.Ranking;
using MergeResolver.Git.Configuration;
using MergeResolver.Merge;
using MergeResolver.Resolution;
using MergeResolver.Text;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver driver %O %A %B %L %P</c>: git's merge-driver contract. The result goes to %A;
/// exit 0 when clean, 1 when conflicts are left (markers of size %L). Input it cannot decode, or any
/// failure of its own, falls back to <c>git merge-file</c> on the raw bytes, so %A always holds both
/// sides; 129 only when even that cannot run.
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
            HelpName = "LABEL",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var style = new Option<string?>("--conflict-style") { Description = "merge, diff3 or zdiff3; default: the repository's merge.conflictStyle.", HelpName = "merge|diff3|zdiff3" };
        var algorithm = CommonOptions.Algorithm(Diff.DiffAlgorithm.Histogram);

        var command = new Command("driver", "Merge driver for .gitattributes (merge=mergeresolver): resolves what the resolver is sure of during 'git merge' itself. Exit 0 clean, 1 conflicts left, 129 failure.")
        {
            ancestor, current, other, markerSize, path, labels, style, algorithm,
        };

        command.SetAction(parse =>
        {
            var currentPath = parse.GetValue(current)!;
            var config = RepositoryConfig.Of(Environment.CurrentDirectory);
            ConflictMarkers markers;
            try
            {
                markers = Markers(parse, markerSize, labels, style, config);
            }
            catch (CommandException e)
            {
                Console.Error.WriteLine($"mergeresolver driver: {e.Message}");
                return Failed;
            }

            if (markers.Size > CommonOptions.MaxMarkerSize)
            {
                Console.Error.WriteLine($"mergeresolver driver: a marker size of {markers.Size} is past {CommonOptions.MaxMarkerSize}; the file is merged by git's own line merge");
                return GitLineMerge(currentPath, parse.GetValue(ancestor)!, parse.GetValue(other)!, markers);
            }

            try
            {
                var baseText = InputFile.Read(parse.GetValue(ancestor)!, "%O");
                var ours = InputFile.Read(currentPath, "%A");
                var theirs = InputFile.Read(parse.GetValue(other)!, "%B");
                var resolved = new Resolver(new ResolverOptions { Algorithm = CommonOptions.AlgorithmOf(parse, algorithm), Ranker = ShippedRanker.Instance, Threshold = config.Threshold, Markers = markers })
                    .Resolve(new MergeInput(baseText.Text, ours.Text, theirs.Text, parse.GetValue(path)));
                OutputFile.Write(currentPath, DecodedText.Encode(resolved.Render(), ours.Encoding));
                return resolved.ConflictsLeft == 0 ? ExitCodes.Clean : ExitCodes.ConflictsLeft;
            }
            catch (CommandException e) when (e.ExitCode == ExitCodes.IOError)
            {
                // %A cannot be written: nothing can be, by git's merge either.
                Console.Error.WriteLine($"mergeresolver driver: {e.Message}");
                return Failed;
            }
            catch (Exception e)
            {
                // git 2.39 takes a failed driver's %A as the result, so theirs' side would be lost:
                // git's own line merge of the raw bytes stands in.
                Console.Error.WriteLine($"mergeresolver driver: {e.Message}; the file is merged by git's own line merge instead");
                return GitLineMerge(currentPath, parse.GetValue(ancestor)!, parse.GetValue(other)!, markers);
            }
        });
        return command;
    }

    private static ConflictMarkers Markers(ParseResult parse, Argument<int> markerSize, Option<string[]> labels, Option<string?> style, RepositoryConfig config)
    {
        var given = parse.GetValue(labels) ?? [];
        var conflictStyle = parse.GetValue(style) is { } s
            ? CommonOptions.ParseStyle(s) ?? throw new CommandException(Failed, $"unknown conflict style '{s}'")
            : config.ConflictStyle;
        int size = parse.GetValue(markerSize);
        return new ConflictMarkers
        {
            OursLabel = given.ElementAtOrDefault(0) ?? "HEAD",
            BaseLabel = given.ElementAtOrDefault(1) ?? "base",
            TheirsLabel = given.ElementAtOrDefault(2) ?? "theirs",
            Size = size > 0 ? size : 7,
            Style = conflictStyle,
            JoinAcrossPunctuationLines = false,
        };
    }

    /// <summary><c>git merge-file</c> over the three files, in place in %A, with the same labels, marker size and style.</summary>
    private static int GitLineMerge(string current, string ancestor, string other, ConflictMarkers markers)
    {
        var start = new ProcessStartInfo("git") { UseShellExecute = false, RedirectStandardError = true };
        foreach (var arg in new[] { "merge-file", "-L", markers.OursLabel ?? "HEAD", "-L", markers.BaseLabel ?? "base", "-L", markers.TheirsLabel ?? "theirs", $"--marker-size={markers.Size}" })
        {
            start.ArgumentList.Add(arg);
        }

        if (markers.Style != ConflictStyle.Merge)
        {
            start.ArgumentList.Add(markers.Style == ConflictStyle.Diff3 ? "--diff3" : "--zdiff3");
        }

        start.ArgumentList.Add(current);
        start.ArgumentList.Add(ancestor);
        start.ArgumentList.Add(other);
        try
        {
            using var git = Process.Start(start)!;
            Console.Error.Write(git.StandardError.ReadToEnd());
            git.WaitForExit();
            return git.ExitCode switch
            {
                0 => ExitCodes.Clean,
                > 0 and < 128 => ExitCodes.ConflictsLeft,
                _ => Failed,
            };
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.Error.WriteLine($"mergeresolver driver: cannot run git merge-file: {e.Message}");
            return Failed;
        }
    }
}
