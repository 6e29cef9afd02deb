using System.CommandLine;
using MergeResolver.Cli.IO;
using MergeResolver.Cli.Ranking;
using MergeResolver.Merge;
using MergeResolver.Resolution;
using MergeResolver.Text;

namespace MergeResolver.Cli.Commands;

/// <summary><c>mergeresolver merge [--no-resolve] BASE OURS THEIRS [-o OUT]</c>: a three-way merge of three files.</summary>
internal static class MergeCommand
{
    public static Command Create()
    {
        var baseArg = new Argument<string>("BASE") { Description = "The common ancestor." };
        var oursArg = new Argument<string>("OURS") { Description = "Our version." };
        var theirsArg = new Argument<string>("THEIRS") { Description = "Their version." };
        var noResolve = new Option<bool>("--no-resolve")
        {
            Description = "Only git's line merge: the output is what 'git merge-file -p' prints.",
        };
        var output = new Option<string?>("--output", "-o") { Description = "Write the result here (atomically) instead of to standard output.", HelpName = "FILE" };
        var labels = new Option<string[]>("-L")
        {
            Description = "Marker labels, in git's order: ours, then base, then theirs (default: ours, base, theirs).",
            HelpName = "LABEL",
            Arity = ArgumentArity.ZeroOrMore,
        };
        var markerSize = new Option<int>("--marker-size")
        {
            Description = $"Length of the conflict markers, 1 to {CommonOptions.MaxMarkerSize}.",
            HelpName = "N",
            DefaultValueFactory = _ => 7,
        };
        markerSize.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > CommonOptions.MaxMarkerSize)
            {
                result.AddError($"--marker-size takes a length from 1 to {CommonOptions.MaxMarkerSize}");
            }
        });
        var style = CommonOptions.Style();
        var algorithm = CommonOptions.Algorithm();
        var explain = CommonOptions.Explain();
        var threshold = CommonOptions.Threshold();

        var command = new Command("merge", "Merge BASE, OURS and THEIRS; resolve what the resolver is sure of; leave the rest with conflict markers. Exit 0 when clean, 1 when conflicts are left.")
        {
            baseArg, oursArg, theirsArg, noResolve, output, labels, markerSize, style, algorithm, explain, threshold,
        };

        command.SetAction(parse =>
        {
            var basePath = parse.GetValue(baseArg)!;
            var oursPath = parse.GetValue(oursArg)!;
            var theirsPath = parse.GetValue(theirsArg)!;
            var baseText = InputFile.Read(basePath, "BASE");
            var ours = InputFile.Read(oursPath, "OURS");
            var theirs = InputFile.Read(theirsPath, "THEIRS");

            var given = parse.GetValue(labels) ?? [];
            if (given.Length > 3)
            {
                throw new CommandException(ExitCodes.Usage, "-L takes at most three labels: ours, base, theirs");
            }

            var conflictStyle = CommonOptions.ParseStyle(parse.GetValue(style)!) ?? ConflictStyle.Diff3;
            var markers = new ConflictMarkers
            {
                OursLabel = given.ElementAtOrDefault(0) ?? "ours",
                BaseLabel = given.ElementAtOrDefault(1) ?? "base",
                TheirsLabel = given.ElementAtOrDefault(2) ?? "theirs",
                Size = parse.GetValue(markerSize),
                Style = conflictStyle,
            };
            var lineOptions = new LineMergeOptions { Style = conflictStyle, Algorithm = CommonOptions.AlgorithmOf(parse, algorithm) };

            string text;
            int conflicts;
            if (parse.GetValue(noResolve))
            {
                var merge = LineMerger.Merge(baseText.Text, ours.Text, theirs.Text, lineOptions);
                text = ConflictRenderer.Render(merge.Chunks, markers);
                conflicts = merge.Conflicts.Count();
            }
            else
            {
                var resolved = new Resolver(new ResolverOptions { Algorithm = lineOptions.Algorithm, Ranker = ShippedRanker.Instance, Threshold = parse.GetValue(threshold), Markers = markers })
                    .Resolve(new MergeInput(baseText.Text, ours.Text, theirs.Text, oursPath));
                if (parse.GetValue(explain))
                {
                    Explanation.Write(Console.Error, oursPath, resolved);
                }

                text = resolved.Render();
                conflicts = resolved.ConflictsLeft;
            }

            var bytes = DecodedText.Encode(text, ours.Encoding);
            var outPath = parse.GetValue(output);
            if (outPath is null)
            {
                using var stdout = Console.OpenStandardOutput();
                stdout.Write(bytes);
            }
            else
            {
                OutputFile.Write(outPath, bytes);
            }

            return conflicts == 0 ? ExitCodes.Clean : ExitCodes.ConflictsLeft;
        });
        return command;
    }
}
