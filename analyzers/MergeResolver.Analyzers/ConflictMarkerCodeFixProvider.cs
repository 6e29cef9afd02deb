using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using MergeResolver.Merge;
using MergeResolver.Patterns;
using MergeResolver.Resolution;

namespace MergeResolver.Analyzers;

/// <summary>
/// Fixes CS8300 ("merge conflict marker encountered"), MR0002 (the same conflict, as the resolver
/// reports it) and MR0001 (a conflict hidden in a string or comment): on a conflict's opening marker
/// it offers the ranker's best candidates with their calibrated probabilities (the command line's
/// pipeline and model, run in managed code), then the plain patterns titled with the labels on the
/// markers, less what Roslyn's own fix offers beside it. Fix all of the resolver's choice resolves
/// the conflicts the resolver is sure of, as <c>resolve</c> would, and leaves the rest; fix all of
/// a pattern applies it to every conflict.
/// </summary>
[ExportCodeFixProvider(LanguageNames.CSharp, Name = nameof(ConflictMarkerCodeFixProvider))]
[Shared]
public sealed class ConflictMarkerCodeFixProvider : CodeFixProvider
{
    /// <summary>The compiler's diagnostic for a conflict marker.</summary>
    public const string ConflictMarkerDiagnosticId = "CS8300";

    /// <inheritdoc />
    public override ImmutableArray<string> FixableDiagnosticIds => [ConflictMarkerDiagnosticId, ResolvableConflictAnalyzer.DiagnosticId, HiddenConflictAnalyzer.DiagnosticId];

    /// <inheritdoc />
    public override FixAllProvider GetFixAllProvider() => ConflictsFixAll.Instance;

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
        var builtIn = besideBuiltIn
            ? [.. ConflictCandidates.PlainFor(conflict).Where(p => BuiltInPatterns.Contains(p.Pattern!.Value)).Select(p => p.Text)]
            : ImmutableHashSet<string>.Empty;
        var suggestions = document.SuggestionsFor(conflict);
        for (int i = 0; i < suggestions.Length; i++)
        {
            // The resolver's choice stays, with its probability, whatever it is; otherwise what
            // Roslyn's fix already offers is not offered again under another title.
            var suggestion = suggestions[i];
            bool resolversChoice = i == 0 && suggestion.Pattern is null;
            if (!resolversChoice && builtIn.Contains(suggestion.Text))
            {
                continue;
            }

            // The resolver's candidates ask for the highest priority; hosts give a third party's
            // fixes the default one at most (Roslyn clamps it), so they follow Roslyn's own fix.
            var action = CodeAction.Create(
                suggestion.Title,
                ct => Task.FromResult(context.Document.WithText(text.Replace(span, suggestion.Text))),
                KeyOf(suggestion, ranked: suggestions[0].Pattern is null),
                suggestion.Pattern is null ? CodeActionPriority.High : CodeActionPriority.Default);
            context.RegisterCodeFix(action, context.Diagnostics);
        }
    }

    /// <summary>The document's conflicts as the analyzer and fix all see them, decided at the threshold its <c>.editorconfig</c> sets.</summary>
    internal static async Task<ConflictDocument> DocumentOfAsync(Document document, SourceText text, CancellationToken cancellationToken)
    {
        var tree = await document.GetSyntaxTreeAsync(cancellationToken).ConfigureAwait(false);
        double? threshold = tree is null ? null : ConflictAnalyses.ThresholdFrom(document.Project.AnalyzerOptions.AnalyzerConfigOptionsProvider.GetOptions(tree));
        return ConflictAnalyses.Of(text, document.FilePath, threshold, cancellationToken);
    }

    /// <summary>
    /// What Roslyn's own fix for CS8300 offers (Take 'HEAD', Take 'feature', Take both) in every host
    /// that shows ours: offered again under other titles they are only noise. The base, theirs then
    /// ours and the resolver's candidates are ours alone, and a conflict hidden in a string (MR0001),
    /// which Roslyn does not see, gets every pattern.
    /// </summary>
    private static readonly ImmutableHashSet<MergePattern> BuiltInPatterns = [MergePattern.Ours, MergePattern.Theirs, MergePattern.OursThenTheirs];

    /// <summary>
    /// One key a kind of fix, whatever the labels in its title, so that fix all knows what to apply:
    /// the resolver's confident resolutions, or one pattern in every conflict. Where the resolver did
    /// not rank the conflict, its first fix is a plain pattern, and <c>dotnet format</c> starts fix
    /// all from the first fix of the first conflict it meets: there the patterns' fix all applies the
    /// confident resolutions, so that a batch run never takes one pattern in every file unseen.
    /// </summary>
    private static string KeyOf(SuggestedResolution candidate, bool ranked) =>
        ranked && candidate.Pattern is { } pattern ? ConflictsFixAll.KeyOf(pattern) : ConflictsFixAll.ConfidentKey;

    private static TextSpan SpanOf(SourceText text, ParsedConflict conflict) =>
        TextSpan.FromBounds(text.Lines[conflict.StartLine].Start, text.Lines[conflict.EndLine - 1].EndIncludingLineBreak);
}
