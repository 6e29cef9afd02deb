using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using MergeResolver.Diff;
using MergeResolver.Merge;
using MergeResolver.Patterns;
using MergeResolver.Ranking;

namespace MergeResolver.Resolution;

/// <summary>
/// The conflicts of a document as an editor finds them, decided by the same pipeline as the command
/// line. The three versions are read back out of the document (every conflict's sides, the text
/// around them shared by all three), merged and resolved by <see cref="Resolver"/>, and the result is
/// used only where it draws the document's conflicts exactly as they are: then each conflict gets the
/// ranker's candidates with their probabilities, and the resolutions above the unattended threshold
/// are the ones <c>resolve</c> would apply. A conflict resolved by hand is text shared by all three
/// versions, so what the user already wrote never changes the others' decisions.
/// </summary>
public sealed class ConflictDocument
{
    /// <summary>Past this size a document gets the plain patterns only, so an editor never waits on it.</summary>
    public const int MaxRankedLength = 1_000_000;

    /// <summary>A candidate after the best is shown only from this probability: a 0% entry is noise in a menu.</summary>
    private const double MinimumShown = 0.05;

    private readonly IReadOnlyList<string> _lines;
    private readonly ImmutableDictionary<int, ImmutableArray<SuggestedResolution>> _ranked;

    private ConflictDocument(IReadOnlyList<string> lines, ImmutableArray<ParsedConflict> conflicts, ImmutableDictionary<int, ImmutableArray<SuggestedResolution>> ranked)
    {
        _lines = lines;
        Conflicts = conflicts;
        _ranked = ranked;
    }

    /// <summary>The conflicts found in the document, in order.</summary>
    public ImmutableArray<ParsedConflict> Conflicts { get; }

    /// <summary>
    /// Reads the conflicts of <paramref name="documentLines"/> (the document's lines, each with its own
    /// line break) of the file at <paramref name="path"/>, ranks their candidates with
    /// <paramref name="ranker"/> (<see cref="DefaultRanker"/> when null) and decides at
    /// <paramref name="threshold"/> (the ranker's unattended one when null); how the document was
    /// merged and drawn is read off the document itself. An editor passes its request's token, so
    /// that the work stops when the user moves on.
    /// </summary>
    public static ConflictDocument Analyze(
        IReadOnlyList<string> documentLines, string? path, ICandidateRanker? ranker = null, double? threshold = null, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var conflicts = ConflictMarkerParser.Parse(documentLines);
        var ranked = ImmutableDictionary<int, ImmutableArray<SuggestedResolution>>.Empty;
        if (!conflicts.IsEmpty && conflicts.All(c => c.HasBase) && documentLines.Sum(l => l.Length) <= MaxRankedLength)
        {
            ranked = Ranked(documentLines, conflicts, path, new ResolverOptions { Ranker = ranker, Threshold = threshold }, cancellationToken);
        }

        return new ConflictDocument(documentLines, conflicts, ranked);
    }

    /// <summary>The conflicts of <paramref name="documentLines"/> with the plain patterns alone: what an editor offers when ranking fails.</summary>
    public static ConflictDocument Unranked(IReadOnlyList<string> documentLines) =>
        new(documentLines, ConflictMarkerParser.Parse(documentLines), ImmutableDictionary<int, ImmutableArray<SuggestedResolution>>.Empty);

    /// <summary>
    /// The resolutions offered for <paramref name="conflict"/>: the ranker's candidates, most likely
    /// first, each with its probability (the first is marked confident when it is above the
    /// unattended threshold), then the plain patterns titled with the labels on the markers that
    /// give another text.
    /// </summary>
    public ImmutableArray<SuggestedResolution> SuggestionsFor(ParsedConflict conflict)
    {
        var plain = ConflictCandidates.PlainFor(conflict);
        if (!_ranked.TryGetValue(conflict.StartLine, out var ranked))
        {
            return plain;
        }

        // A pattern the ranker already offers, with its probability, is not offered twice.
        return ranked.AddRange(plain.Where(p => !ranked.Any(r => r.Text == p.Text)));
    }

    /// <summary>The document with every conflict the resolver is sure of resolved and every other left as it is: what <c>resolve</c> would write.</summary>
    public string WithConfidentResolutions() =>
        With(conflict => _ranked.TryGetValue(conflict.StartLine, out var ranked) && ranked[0].IsConfident ? ranked[0].Text : null);

    /// <summary>The document with <paramref name="pattern"/> applied to every conflict that has it (the base needs diff3 markers): what fix all of a pattern writes.</summary>
    public string WithPattern(MergePattern pattern) =>
        With(conflict => ConflictCandidates.PlainFor(conflict).FirstOrDefault(p => p.Pattern == pattern)?.Text);

    private string With(Func<ParsedConflict, string?> resolutionOf)
    {
        var sb = new StringBuilder();
        int line = 0;
        foreach (var conflict in Conflicts)
        {
            if (resolutionOf(conflict) is { } resolution)
            {
                Append(sb, line, conflict.StartLine);
                sb.Append(resolution);
                line = conflict.EndLine;
            }
        }

        Append(sb, line, _lines.Count);
        return sb.ToString();
    }

    private void Append(StringBuilder sb, int from, int to)
    {
        for (int i = from; i < to; i++)
        {
            sb.Append(_lines[i]);
        }
    }

    private static ImmutableDictionary<int, ImmutableArray<SuggestedResolution>> Ranked(
        IReadOnlyList<string> lines, ImmutableArray<ParsedConflict> conflicts, string? path, ResolverOptions options, CancellationToken cancellationToken)
    {
        var input = VersionsOf(lines, conflicts, path);
        var first = conflicts[0];
        double threshold = new Resolver(options).Threshold;
        var markers = new ConflictMarkers
        {
            OursLabel = first.OursLabel,
            BaseLabel = first.BaseLabel,
            TheirsLabel = first.TheirsLabel,
            Size = first.MarkerSize,
            JoinAcrossPunctuationLines = false,
        };
        string document = string.Concat(lines);

        // git merge draws with histogram, git merge-file with Myers. Lines zdiff3 drew outside the
        // markers are in all three versions read back, so diff3 draws them as they are too.
        foreach (var algorithm in new[] { DiffAlgorithm.Histogram, DiffAlgorithm.Myers })
        {
            var resolver = new Resolver(options with { Algorithm = algorithm, Threshold = 0, Markers = markers });
            var merge = resolver.Resolve(input, cancellationToken);
            var segments = merge.Segments();
            if (string.Concat(segments.Select(s => s.AsDrawn)) == document)
            {
                return Suggestions(segments, merge.Hunks, conflicts, markers, threshold);
            }
        }

        return ImmutableDictionary<int, ImmutableArray<SuggestedResolution>>.Empty;
    }

    /// <summary>Base, ours and theirs as the document holds them: the text around the conflicts, with each conflict's own side.</summary>
    private static MergeInput VersionsOf(IReadOnlyList<string> lines, ImmutableArray<ParsedConflict> conflicts, string? path)
    {
        StringBuilder ours = new(), @base = new(), theirs = new();
        int line = 0;
        foreach (var conflict in conflicts)
        {
            for (; line < conflict.StartLine; line++)
            {
                ours.Append(lines[line]);
                @base.Append(lines[line]);
                theirs.Append(lines[line]);
            }

            ours.Append(string.Concat(conflict.Ours));
            @base.Append(string.Concat(conflict.Base));
            theirs.Append(string.Concat(conflict.Theirs));
            line = conflict.EndLine;
        }

        for (; line < lines.Count; line++)
        {
            ours.Append(lines[line]);
            @base.Append(lines[line]);
            theirs.Append(lines[line]);
        }

        return new MergeInput(@base.ToString(), ours.ToString(), theirs.ToString(), path);
    }

    /// <summary>
    /// Each conflict's suggestions, keyed by its opening line: the document is drawn exactly as the
    /// segments draw it, so its conflicts are the conflict segments, in order.
    /// </summary>
    private static ImmutableDictionary<int, ImmutableArray<SuggestedResolution>> Suggestions(
        IReadOnlyList<DrawnSegment> segments, ImmutableArray<HunkOutcome> hunks, ImmutableArray<ParsedConflict> conflicts, ConflictMarkers markers, double threshold)
    {
        var result = ImmutableDictionary.CreateBuilder<int, ImmutableArray<SuggestedResolution>>();
        var regions = segments.Where(s => s.IsConflict).ToList();
        if (regions.Count != conflicts.Length)
        {
            return result.ToImmutable();
        }

        for (int k = 0; k < regions.Count; k++)
        {
            var segment = regions[k];
            if (segment.Resolution is not { } resolution)
            {
                continue;
            }

            var region = hunks.Skip(segment.FirstHunk).Take(segment.EndHunk - segment.FirstHunk).ToList();
            result[conflicts[k].StartLine] = region.Count == 1
                ? [.. region[0].Ranking
                    .Where((r, i) => i == 0 || r.Confidence >= MinimumShown)
                    .Select((r, i) => Suggest(r.Method, r.Text, r.Confidence, i == 0 && r.Confidence >= threshold, markers))]
                : [Suggest("hunk by hunk", resolution, region.Min(h => h.Resolution!.Confidence), region.All(h => h.Resolution!.Confidence >= threshold), markers)];
        }

        return result.ToImmutable();
    }

    private static SuggestedResolution Suggest(string method, string text, double confidence, bool confident, ConflictMarkers markers)
    {
        var (summary, isPattern) = SummaryOf(method, markers);
        string what = isPattern ? "Resolve: " + summary : char.ToUpperInvariant(summary[0]) + summary.Substring(1);
        return new(string.Format(CultureInfo.InvariantCulture, "{0} ({1:0%})", what, confidence), summary, text, confidence, confident);
    }

    /// <summary>What a candidate does in a few words, and whether it is one of the plain patterns (their titles say "Resolve:").</summary>
    private static (string Summary, bool IsPattern) SummaryOf(string method, ConflictMarkers markers)
    {
        string ours = string.IsNullOrWhiteSpace(markers.OursLabel) ? "ours" : markers.OursLabel!;
        string theirs = string.IsNullOrWhiteSpace(markers.TheirsLabel) ? "theirs" : markers.TheirsLabel!;
        return method switch
        {
            "token-merge" => ("merge both changes token by token", false),
            "token-merge-ours" => ($"merge token by token, {ours} where both change a token", false),
            "token-merge-theirs" => ($"merge token by token, {theirs} where both change a token", false),
            "same-tokens" => ($"take {ours}: the sides differ in white space alone", false),
            "union" => ("keep both sides' additions, each once", false),
            "sorted-union" => ("keep both sides' using directives, sorted", false),
            "ours" => ($"take {ours}", true),
            "theirs" => ($"take {theirs}", true),
            "base" => ("take the base", true),
            "ours-then-theirs" => ($"{ours}, then {theirs}", true),
            "theirs-then-ours" => ($"{theirs}, then {ours}", true),
            "ours-without-base" => ($"{ours}'s new lines", true),
            "theirs-without-base" => ($"{theirs}'s new lines", true),
            "ours-then-theirs-without-base" => ($"{ours}'s new lines, then {theirs}'s", true),
            "theirs-then-ours-without-base" => ($"{theirs}'s new lines, then {ours}'s", true),
            "empty" => ("delete both", true),
            _ => ("resolve each part by the resolver's best candidate", false),
        };
    }
}
