using System.CommandLine;
using MergeResolver.Cli.IO;
using MergeResolver.Cli.Ranking;
using MergeResolver.Diff;
using MergeResolver.Git.Configuration;
using MergeResolver.Merge;
using MergeResolver.Resolution;
using MergeResolver.Text;

namespace MergeResolver.Cli.Commands;

/// <summary>
/// <c>mergeresolver mergetool BASE LOCAL REMOTE MERGED</c>, as git's mergetool calls it: resolves what
/// the resolver is sure of, writes MERGED atomically, and exits 0 only when no conflict is left.
/// </summary>
internal static class MergetoolCommand
{
    public static Command Create()
    {
        var baseArg = new Argument<string>("BASE") { Description = "The common ancestor ($BASE)." };
        var localArg = new Argument<string>("LOCAL") { Description = "Our version ($LOCAL)." };
        var remoteArg = new Argument<string>("REMOTE") { Description = "Their version ($REMOTE)." };
        var mergedArg = new Argument<string>("MERGED") { Description = "The file in the work tree, as git left it ($MERGED)." };
        var algorithm = CommonOptions.Algorithm(DiffAlgorithm.Histogram);
        var explain = CommonOptions.Explain();

        var command = new Command("mergetool", "Resolve a file for 'git mergetool': MERGED is rewritten only when a hunk is resolved; hunks left keep git's markers, labels and style. Exit 0 when no conflict is left, 1 otherwise.")
        {
            baseArg, localArg, remoteArg, mergedArg, algorithm, explain,
        };

        command.SetAction(parse =>
        {
            var mergedPath = parse.GetValue(mergedArg)!;
            var baseText = InputFile.Read(parse.GetValue(baseArg)!, "BASE");
            var local = InputFile.Read(parse.GetValue(localArg)!, "LOCAL");
            var remote = InputFile.Read(parse.GetValue(remoteArg)!, "REMOTE");
            var merged = File.Exists(mergedPath) ? InputFile.Read(mergedPath, "MERGED") : null;

            // Hunks left must look as git drew them, and what the user already did in MERGED stays.
            var folder = Path.GetDirectoryName(Path.GetFullPath(mergedPath))!;
            var config = RepositoryConfig.Of(folder);
            var markers = ConflictDrawing.Of(merged?.Text ?? string.Empty, config.ConflictStyle, markerSize: null);
            var resolved = new Resolver(new ResolverOptions
            {
                Algorithm = CommonOptions.AlgorithmOf(parse, algorithm),
                Ranker = ShippedRanker.Instance,
                Threshold = config.Threshold,
                Markers = markers,
            }).Resolve(new MergeInput(baseText.Text, local.Text, remote.Text, mergedPath));

            var update = merged is null ? new FileUpdate(resolved.Render(), resolved.Hunks, AlreadyResolved: false) : ConflictedFile.Apply(merged.Text, resolved);
            if (parse.GetValue(explain))
            {
                Explanation.Write(Console.Error, mergedPath, resolved with { Hunks = update.Hunks });
            }

            if (update.AlreadyResolved)
            {
                Console.Error.WriteLine($"mergeresolver: {mergedPath}: no conflict markers are left in it; kept as it is");
                return ExitCodes.Clean;
            }

            if (update.Applied > 0 || merged is null)
            {
                OutputFile.Write(mergedPath, DecodedText.Encode(update.Text, merged?.Encoding ?? local.Encoding));
            }

            int left = update.Hunks.Count(h => !h.IsResolved);
            bool markersLeft = !ConflictMarkerParser.Parse(update.Text).IsEmpty;
            Console.Error.WriteLine(!markersLeft
                ? $"mergeresolver: {mergedPath}: resolved"
                : $"mergeresolver: {mergedPath}: {left} of {update.Hunks.Length} conflicts left");
            return markersLeft ? ExitCodes.ConflictsLeft : ExitCodes.Clean;
        });
        return command;
    }
}
