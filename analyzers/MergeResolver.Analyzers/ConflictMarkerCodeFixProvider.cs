using System.Collections.Immutable;
using System.Composition;
using System.Globalization;
using System.Runtime.CompilerServices;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using MergeResolver.Merge;
using MergeResolver.Patterns;
using MergeResolver.Ranking;
using MergeResolver.Resolution;

namespace MergeResolver.Analyzers;

/// <summary>
/// Fixes CS8300 ("merge conflict marker encountered") and MR0001 (a conflict hidden in a string or
/// comment): on a conflict's opening marker it offers the ranker's best candidates with their
/// calibrated probabilities (the command line's pipeline and model, run in managed code), then the
/// plain patterns titled with the labels on the markers. Fix all resolves the conflicts the resolver
/// is sure of, as <c>resolve</c> would, and leaves the rest.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConflictMarkerCodeFixProvider))]
[Shared]
public sealed class ConflictMarkerCodeFixProvider : CodeFixProvider
{
    /// <summary>The compiler's diagnostic for a conflict marker.</summary>
    public const string ConflictMarkerDiagnosticId = "CS8300";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => [ConflictMarkerDiagnosticId, HiddenConflictAnalyzer.DiagnosticId];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => FixAllProvider.Create(FixAllConflictsAsync);

    /// <inheritdoc />
    public override async Task RegisterCodeFixesAsync(CodeFixContext context)
    {
        var text = await context.Document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        int line = text.Lines.GetLineFromPosition(context.Span.Start).LineNumber;
        var document = await DocumentOfAsync(context.Document, text, context.CancellationToken).ConfigureAwait(false);
        var conflict = document.Conflicts.FirstOrDefault(c => c.StartLine == line);
        if (conflict is null)
        {
            return;
        }

        var span = SpanOf(text, conflict);
        bool besideBuiltIn = context.Diagnostics.Any(d => d.Id == ConflictMarkerDiagnosticId);
        foreach (var suggestion in document.SuggestionsFor(conflict))
        {
            if (besideBuiltIn && suggestion.Pattern is { } pattern && BuiltInPatterns.Contains(pattern))
            {
                continue;
            }

            var action = CodeAction.Create(
                suggestion.Title,
                ct => Task.FromResult(context.Document.WithText(text.Replace(span, suggestion.Text))),
                equivalenceKey: KeyOf(suggestion));
            context.RegisterCodeFix(action, context.Diagnostics);
        }
    }

    /// <summary>
    /// Fix all applies the resolver's resolutions it is sure of and leaves every other conflict,
    /// whichever action it was started from: <c>dotnet format</c> starts it from the first action of
    /// the first conflict it meets, which for a conflict the resolver is unsure of is a plain pattern,
    /// and applying that pattern everywhere would drop one side's changes in every file unseen.
    /// </summary>
    private static async Task<Document?> FixAllConflictsAsync(FixAllContext context, Document document, ImmutableArray<Diagnostic> diagnostics)
    {
        var text = await document.GetTextAsync(context.CancellationToken).ConfigureAwait(false);
        var resolved = (await DocumentOfAsync(document, text, context.CancellationToken).ConfigureAwait(false)).WithConfidentResolutions();
        return resolved == text.ToString() ? document : document.WithText(SourceText.From(resolved, text.Encoding, text.ChecksumAlgorithm));
    }

    /// <summary>
    /// The document's conflicts, analysed once a version of its text: every conflict's fixes and fix
    /// all read the same analysis. An error in the resolver must never take the host down or leave
    /// the user without a fix, so it gives the plain patterns alone.
    /// </summary>
    private static async Task<ConflictDocument> DocumentOfAsync(Document document, SourceText text, CancellationToken cancellationToken)
    {
        double? threshold = await ThresholdAsync(document, cancellationToken).ConfigureAwait(false);
        if (Analyses.TryGetValue(text, out var known) && known.Threshold == threshold)
        {
            return known.Document;
        }

        var lines = LinesOf(text);
        ConflictDocument analysis;
        try
        {
            analysis = ConflictDocument.Analyze(lines, document.FilePath, Ranker.Value, threshold, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            analysis = ConflictDocument.Unranked(lines);
        }

        Analyses.Remove(text);
        try
        {
            Analyses.Add(text, new Analysis(analysis, threshold));
        }
        catch (ArgumentException)
        {
            // Another request analysed the same text meanwhile; either analysis is the same.
        }

        return analysis;
    }

    /// <summary>
    /// The threshold an <c>.editorconfig</c> sets with <c>mergeresolver.threshold = 0.8</c> (0 to 1),
    /// as <c>git config mergeresolver.threshold</c> does for the command line; otherwise the model's
    /// unattended threshold.
    /// </summary>
    private static async Task<double?> ThresholdAsync(Document document, CancellationToken cancellationToken)
    {
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        if (tree is null || !document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree).TryGetValue(ThresholdKey, out var value))
        {
            return null;
        }

        return double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var threshold) && threshold is >= 0 and <= 1 ? threshold : null;
    }

    private const string ThresholdKey = "mergeresolver.threshold";

    private sealed class Analysis(ConflictDocument document, double? threshold)
    {
        public ConflictDocument Document { get; } = document;

        public double? Threshold { get; } = threshold;
    }

    private static readonly ConditionalWeakTable<SourceText, Analysis> Analyses = new();

    private static readonly Lazy<ICandidateRanker> Ranker = new(LoadRanker, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>
    /// The learned ranker the package carries, or the default rules when it cannot be read: the
    /// editor then ranks as the command line does without its model.
    /// </summary>
    private static ICandidateRanker LoadRanker()
    {
        var assembly = typeof(ConflictMarkerCodeFixProvider).Assembly;
        using var weights = assembly.GetManifestResourceStream("MergeResolver.ranker.weights");
        using var vocabulary = assembly.GetManifestResourceStream("MergeResolver.vocab.txt");
        if (weights is null || vocabulary is null)
        {
            return DefaultRanker.Instance;
        }

        try
        {
            using var reader = new StreamReader(vocabulary);
            return ManagedRanker.Load(weights, reader);
        }
        catch (InvalidDataException)
        {
            return DefaultRanker.Instance;
        }
    }

    /// <summary>
    /// What Roslyn's own fix for CS8300 offers (Take 'HEAD', Take 'feature', Take both) in every host
    /// that shows ours: offered again under other titles they are only noise. The base, theirs then
    /// ours and the resolver's candidates are ours alone, and a conflict hidden in a string (MR0001),
    /// which Roslyn does not see, gets every pattern.
    /// </summary>
    private static readonly ImmutableHashSet<MergePattern> BuiltInPatterns = [MergePattern.Ours, MergePattern.Theirs, MergePattern.OursThenTheirs];

    private const string ConfidentKey = "MergeResolver.Confident";

    /// <summary>One key a kind of fix, whatever the labels in its title: fix all applies the same kind everywhere.</summary>
    private static string KeyOf(SuggestedResolution candidate) =>
        candidate.Pattern is { } pattern ? $"MergeResolver.{pattern}" : ConfidentKey;

    /// <summary>
    /// The document's lines as Roslyn counts them, each with its own line break (a lone CR, U+0085,
    /// U+2028 and U+2029 break lines too), so that a conflict's line numbers are the document's.
    /// </summary>
    private static List<string> LinesOf(SourceText text) => [.. text.Lines.Select(l => text.ToString(l.SpanIncludingLineBreak))];

    private static TextSpan SpanOf(SourceText text, ParsedConflict conflict) =>
        TextSpan.FromBounds(text.Lines[conflict.StartLine].Start, text.Lines[conflict.EndLine - 1].EndIncludingLineBreak);
}
