using System.Collections.Immutable;
using System.Composition;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using MergeResolver.Merge;
using MergeResolver.Resolution;

namespace MergeResolver.Analyzers;

/// <summary>
/// Fixes CS8300 ("merge conflict marker encountered") and MR0001 (a conflict hidden in a string or
/// comment): on a conflict's opening marker it offers the
/// resolutions MergeResolver finds, with their confidence, then the plain patterns titled with the
/// labels on the markers. Fix all resolves the conflicts the resolver is sure of and leaves the rest.
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
        var lines = LinesOf(text);
        var conflict = ConflictsIn(lines).FirstOrDefault(c => c.StartLine == line);
        if (conflict is null)
        {
            return;
        }

        var span = SpanOf(text, conflict);
        foreach (var candidate in CandidatesFor(conflict, lines, context.Document.FilePath, context.CancellationToken))
        {
            var action = CodeAction.Create(
                candidate.Title,
                ct => Task.FromResult(context.Document.WithText(text.Replace(span, candidate.Text))),
                equivalenceKey: KeyOf(candidate));
            context.RegisterCodeFix(action, context.Diagnostics);
        }
    }

    /// <summary>
    /// The candidates, or the plain patterns alone when ranking fails: an error in the resolver must
    /// never take the host down or leave the user without a fix.
    /// </summary>
    private static ImmutableArray<SuggestedResolution> CandidatesFor(ParsedConflict conflict, IReadOnlyList<string> lines, string? path, CancellationToken cancellationToken)
    {
        try
        {
            return ConflictCandidates.For(conflict, lines, path, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return ConflictCandidates.PlainFor(conflict);
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
        var lines = LinesOf(text);
        var changes = new List<TextChange>();
        foreach (var conflict in ConflictsIn(lines))
        {
            context.CancellationToken.ThrowIfCancellationRequested();
            var confident = CandidatesFor(conflict, lines, document.FilePath, context.CancellationToken).FirstOrDefault(c => c.IsConfident);
            if (confident is not null)
            {
                changes.Add(new TextChange(SpanOf(text, conflict), confident.Text));
            }
        }

        return changes.Count == 0 ? document : document.WithText(text.WithChanges(changes));
    }

    private const string ConfidentKey = "MergeResolver.Confident";

    /// <summary>One key a kind of fix, whatever the labels in its title: fix all applies the same kind everywhere.</summary>
    private static string KeyOf(SuggestedResolution candidate) =>
        candidate.Pattern is { } pattern ? $"MergeResolver.{pattern}" : ConfidentKey;

    private static ImmutableArray<ParsedConflict> ConflictsIn(IReadOnlyList<string> lines) => ConflictMarkerParser.Parse(lines);

    /// <summary>
    /// The document's lines as Roslyn counts them, each with its own line break (a lone CR, U+0085,
    /// U+2028 and U+2029 break lines too), so that a conflict's line numbers are the document's.
    /// </summary>
    private static List<string> LinesOf(SourceText text) => [.. text.Lines.Select(l => text.ToString(l.SpanIncludingLineBreak))];

    private static TextSpan SpanOf(SourceText text, ParsedConflict conflict) =>
        TextSpan.FromBounds(text.Lines[conflict.StartLine].Start, text.Lines[conflict.EndLine - 1].EndIncludingLineBreak);
}
