using System.CommandLine;
using MergeResolver.Diff;
using MergeResolver.Merge;

namespace MergeResolver.Cli.Commands;

/// <summary>Options shared by the commands that merge.</summary>
internal static class CommonOptions
{
    /// <summary>The longest conflict marker drawn; past it a marker line would be a hazard of its own (git's is unbounded).</summary>
    public const int MaxMarkerSize = 1000;

    /// <summary>The conflict style by the names git and the README use; <see cref="ParseStyle"/> reads the value.</summary>
    public static Option<string> Style()
    {
        var option = new Option<string>("--conflict-style")
        {
            Description = "How conflicts left are drawn, as git's merge.conflictStyle.",
            HelpName = "merge|diff3|zdiff3",
            DefaultValueFactory = _ => "diff3",
        };
        option.AcceptOnlyFromAmong("merge", "diff3", "zdiff3");
        return option;
    }

    /// <summary>The line matching; commands that follow <c>git merge</c> default to its histogram, <c>merge</c> to merge-file's Myers.</summary>
    public static Option<string> Algorithm(DiffAlgorithm @default = DiffAlgorithm.Myers)
    {
        var option = new Option<string>("--diff-algorithm")
        {
            Description = "Line matching: myers (git merge-file's) or histogram (git merge's).",
            HelpName = "myers|histogram",
            DefaultValueFactory = _ => @default.ToString().ToLowerInvariant(),
        };
        option.AcceptOnlyFromAmong("myers", "histogram");
        return option;
    }

    /// <summary>The algorithm a <see cref="Algorithm"/> option names.</summary>
    public static DiffAlgorithm AlgorithmOf(ParseResult parse, Option<string> option) =>
        parse.GetValue(option) == "histogram" ? DiffAlgorithm.Histogram : DiffAlgorithm.Myers;

    /// <summary>
    /// The probability a resolution must reach to be applied; by default <c>mergeresolver.threshold</c>
    /// from git's configuration, else the model's unattended threshold.
    /// </summary>
    public static Option<double?> Threshold()
    {
        var option = new Option<double?>("--threshold")
        {
            Description = "Apply a resolution only when its probability is at least P (0 to 1; 0 applies the best candidate of every hunk). Default: git config mergeresolver.threshold, else the model's unattended threshold.",
            HelpName = "P",
        };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double?>() is < 0 or > 1)
            {
                result.AddError("--threshold takes a probability from 0 to 1");
            }
        });
        return option;
    }

    public static Option<bool> Explain() => new("--explain")
    {
        Description = "Print, for each conflict hunk, what was done and why (on standard error).",
    };

    /// <summary>merge, diff3 or zdiff3 (any case), or null for anything else.</summary>
    public static ConflictStyle? ParseStyle(string value) => value.ToLowerInvariant() switch
    {
        "merge" => ConflictStyle.Merge,
        "diff3" => ConflictStyle.Diff3,
        "zdiff3" or "zealousdiff3" => ConflictStyle.ZealousDiff3,
        _ => null,
    };
}
