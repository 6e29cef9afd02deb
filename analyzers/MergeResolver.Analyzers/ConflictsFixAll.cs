using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;
using MergeResolver.Patterns;
using MergeResolver.Resolution;

namespace MergeResolver.Analyzers;

/// <summary>
/// Fix all in a document, project or solution, as the fix it starts from says: the resolver's choice
/// applies the resolutions the resolver is sure of and leaves every other conflict; a plain pattern
/// (the base, theirs then ours) is applied to every conflict that has it. The title says which.
/// </summary>
internal sealed class ConflictsFixAll : FixAllProvider
{
    public const string ConfidentKey = "MergeResolver.Confident";

    private const string PatternKeyPrefix = "MergeResolver.";

    public static readonly ConflictsFixAll Instance = new();

    public static string KeyOf(MergePattern pattern) => PatternKeyPrefix + pattern;

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext)
    {
        MergePattern? pattern = PatternOf(fixAllContext.CodeActionEquivalenceKey);
        return Task.FromResult<CodeAction?>(CodeAction.Create(
            TitleOf(fixAllContext, pattern),
            ct => ResolveAsync(fixAllContext, pattern, ct),
            fixAllContext.CodeActionEquivalenceKey));
    }

    private static MergePattern? PatternOf(string? key) =>
        key is not null && key.StartsWith(PatternKeyPrefix, StringComparison.Ordinal)
        && Enum.TryParse<MergePattern>(key.Substring(PatternKeyPrefix.Length), out var pattern)
            ? pattern
            : null;

    private static string TitleOf(FixAllContext context, MergePattern? pattern)
    {
        string scope = context.Scope switch
        {
            FixAllScope.Document => $"in '{context.Document?.Name}'",
            FixAllScope.Project => $"in project '{context.Project.Name}'",
            _ => "in the solution",
        };
        return pattern switch
        {
            null => $"Resolve the conflicts MergeResolver is sure of {scope}, leave the rest",
            MergePattern.Ours => $"Take ours in every conflict {scope}",
            MergePattern.Theirs => $"Take theirs in every conflict {scope}",
            MergePattern.Base => $"Take the base in every conflict {scope}",
            MergePattern.OursThenTheirs => $"Keep both, ours then theirs, in every conflict {scope}",
            _ => $"Keep both, theirs then ours, in every conflict {scope}",
        };
    }

    private static async Task<Solution> ResolveAsync(FixAllContext context, MergePattern? pattern, CancellationToken cancellationToken)
    {
        var documents = context.Scope switch
        {
            FixAllScope.Document => context.Document is { } document ? [document] : [],
            FixAllScope.Project => context.Project.Documents,
            _ => context.Solution.Projects.SelectMany(p => p.Documents),
        };
        var solution = context.Solution;
        foreach (var document in documents.Where(d => d.Project.Language == LanguageNames.CSharp))
        {
            var text = await document.GetTextAsync(cancellationToken).ConfigureAwait(false);
            var analysis = await ConflictMarkerCodeFixProvider.DocumentOfAsync(document, text, cancellationToken).ConfigureAwait(false);
            if (analysis.Conflicts.IsEmpty)
            {
                continue;
            }

            string resolved = pattern is { } p ? analysis.WithPattern(p) : analysis.WithConfidentResolutions();
            if (resolved != text.ToString())
            {
                solution = solution.WithDocumentText(document.Id, SourceText.From(resolved, text.Encoding, text.ChecksumAlgorithm));
            }
        }

        return solution;
    }
}
