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

            // Hunks left must look as git drew them: its labels, marker size and style, read off MERGED.
            var first = merged is null ? default : ConflictMarkerParser.Parse(merged.Text).FirstOrDefault();
            var markers = first is null
                ? ConflictMarkers.Default
                : new ConflictMarkers
                {
                    OursLabel = first.OursLabel,
                    BaseLabel = first.BaseLabel,
                    TheirsLabel = first.TheirsLabel,
                    Size = first.MarkerSize,
                    Style = first.HasBase ? ConflictStyle.Diff3 : ConflictStyle.Merge,
                    JoinAcrossPunctuationLines = false,
                };

            var resolved = new Resolver(new ResolverOptions
            {
                Algorithm = parse.GetValue(algorithm),
                Ranker = ShippedRanker.Instance,
                Threshold = RepositoryConfig.Threshold(Path.GetDirectoryName(Path.GetFullPath(mergedPath))!),
            }).Resolve(new MergeInput(baseText.Text, local.Text, remote.Text, mergedPath));

            if (parse.GetValue(explain))
            {
                Explanation.Write(Console.Error, mergedPath, resolved);
            }

            bool resolvedAny = resolved.Hunks.Any(h => h.IsResolved) || resolved.Hunks.IsEmpty;
            if (resolvedAny || merged is null)
            {
                var encoding = merged?.Encoding ?? local.Encoding;
                OutputFile.Write(mergedPath, DecodedText.Encode(resolved.Render(markers), encoding));
            }

            Console.Error.WriteLine(resolved.ConflictsLeft == 0
                ? $"mergeresolver: {mergedPath}: resolved"
                : $"mergeresolver: {mergedPath}: {resolved.ConflictsLeft} of {resolved.Hunks.Length} conflicts left");
            return resolved.ConflictsLeft == 0 ? ExitCodes.Clean : ExitCodes.ConflictsLeft;
        });
        return command;
    }
}
