using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MergeResolver.Resolution;

namespace MergeResolver.Analyzers;

/// <summary>
/// A document's conflicts, analysed once a version of its text: the analyzer's diagnostics, every
/// conflict's fixes and fix all read the same analysis, so they never disagree. An error in the
/// resolver must never take the host down or leave the user without a fix, so it gives the plain
/// patterns alone.
/// </summary>
internal static class ConflictAnalyses
{
    private const string ThresholdKey = "mergeresolver.threshold";

    private static readonly ConditionalWeakTable<SourceText, Analysis> Known = new();

    /// <summary>The analysis of <paramref name="text"/>, the document at <paramref name="path"/>, decided at <paramref name="threshold"/>.</summary>
    public static ConflictDocument Of(SourceText text, string? path, double? threshold, CancellationToken cancellationToken)
    {
        if (Known.TryGetValue(text, out var known) && known.Threshold == threshold)
        {
            return known.Document;
        }

        var lines = LinesOf(text);
        ConflictDocument analysis;
        try
        {
            analysis = ConflictDocument.Analyze(lines, path, EditorRanker.Instance, threshold, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            analysis = ConflictDocument.Unranked(lines);
        }

        Known.Remove(text);
        try
        {
            Known.Add(text, new Analysis(analysis, threshold));
        }
        catch (ArgumentException)
        {
            // Another request analysed the same text meanwhile; either analysis is the same.
        }

        return analysis;
    }

    /// <summary>
    /// The threshold an <c>.editorconfig</c> sets with <c>mergeresolver.threshold = 0.8</c> (0 to 1),
    /// as <c>git config mergeresolver.threshold</c> does for the command line; otherwise null, the
    /// model's unattended threshold.
    /// </summary>
    public static double? ThresholdFrom(AnalyzerConfigOptions options) =>
        options.TryGetValue(ThresholdKey, out var value)
        && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold)
        && threshold is >= 0 and <= 1
            ? threshold
            : null;

    /// <summary>
    /// The document's lines as Roslyn counts them, each with its own line break (a lone CR, U+0085,
    /// U+2028 and U+2029 break lines too), so that a conflict's line numbers are the document's.
    /// </summary>
    public static List<string> LinesOf(SourceText text) => [.. text.Lines.Select(l => text.ToString(l.SpanIncludingLineBreak))];

    private sealed class Analysis(ConflictDocument document, double? threshold)
    {
        public ConflictDocument Document { get; } = document;

        public double? Threshold { get; } = threshold;
    }
}
