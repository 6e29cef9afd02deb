using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Text;

namespace MergeResolver.Analyzers;

/// <summary>
/// Fix all applies the resolutions the resolver is sure of and leaves every other conflict, whichever
/// action it was started from, and its title says so. <c>dotnet format</c> starts fix all from the
/// first action of the first conflict it meets, which for a conflict the resolver is unsure of is a
/// plain pattern; applying that pattern everywhere would drop one side's changes in every file unseen.
/// Taking one side everywhere is still one choice away: Roslyn's own fix for CS8300 does that.
/// </summary>
internal sealed class ConfidentResolutionsFixAll : FixAllProvider
{
    public static readonly ConfidentResolutionsFixAll Instance = new();

    public override IEnumerable<FixAllScope> GetSupportedFixAllScopes() => [FixAllScope.Document, FixAllScope.Project, FixAllScope.Solution];

    public override Task<CodeAction?> GetFixAsync(FixAllContext fixAllContext) =>
        Task.FromResult<CodeAction?>(CodeAction.Create(TitleOf(fixAllContext), ct => ResolveAsync(fixAllContext, ct), nameof(ConfidentResolutionsFixAll)));

    private static string TitleOf(FixAllContext context) => context.Scope switch
    {
        FixAllScope.Document => $"Resolve the conflicts MergeResolver is sure of in '{context.Document?.Name}', leave the rest",
        FixAllScope.Project => $"Resolve the conflicts MergeResolver is sure of in project '{context.Project.Name}', leave the rest",
        _ => "Resolve the conflicts MergeResolver is sure of in the solution, leave the rest",
    };

    private static async Task<Solution> ResolveAsync(FixAllContext context, CancellationToken cancellationToken)
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

            string resolved = analysis.WithConfidentResolutions();
            if (resolved != text.ToString())
            {
                solution = solution.WithDocumentText(document.Id, SourceText.From(resolved, text.Encoding, text.ChecksumAlgorithm));
            }
        }

        return solution;
    }
}
