using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MergeResolver.Analyzers;

namespace MergeResolver.Analyzers.Tests;

/// <summary>A real Roslyn AdhocWorkspace with one C# document, and the code fix run on it as an editor runs it.</summary>
internal sealed class Workspace : IDisposable
{
    private readonly AdhocWorkspace _workspace = new();
    private readonly ConflictMarkerCodeFixProvider _provider = new();

    /// <summary>A document of <paramref name="text"/>, with an <c>.editorconfig</c> beside it when <paramref name="editorConfig"/> is given.</summary>
    public Workspace(string text, string? editorConfig = null)
    {
        var project = _workspace.AddProject("Sample", LanguageNames.CSharp);
        var document = _workspace.AddDocument(project.Id, "Cart.cs", SourceText.From(text)).WithFilePath("/sample/Cart.cs");
        if (editorConfig is not null)
        {
            document = document.Project
                .AddAnalyzerConfigDocument(".editorconfig", SourceText.From("root = true\n[*.cs]\n" + editorConfig + "\n"), filePath: "/sample/.editorconfig")
                .Project.GetDocument(document.Id)!;
        }

        Document = document;
    }

    public Document Document { get; }

    /// <summary>The compiler's CS8300 diagnostics of the document, in order.</summary>
    public async Task<ImmutableArray<Diagnostic>> ConflictDiagnosticsAsync()
    {
        var tree = await Document.GetSyntaxTreeAsync();
        return [.. tree!.GetDiagnostics().Where(d => d.Id == "CS8300").OrderBy(d => d.Location.SourceSpan.Start)];
    }

    /// <summary>The actions offered on the <paramref name="conflict"/>-th conflict's opening marker.</summary>
    public async Task<List<CodeAction>> ActionsAsync(int conflict = 0)
    {
        var text = await Document.GetTextAsync();
        var openings = (await ConflictDiagnosticsAsync())
            .Where(d => text.ToString(d.Location.SourceSpan).StartsWith("<<<<<<<", StringComparison.Ordinal)).ToList();
        return await ActionsAtAsync(openings[conflict]);
    }

    /// <summary>What MergeResolver's own analyzer reports on the document.</summary>
    public async Task<ImmutableArray<Diagnostic>> AnalyzerDiagnosticsAsync()
    {
        var compilation = await Document.Project.GetCompilationAsync();
        return await compilation!.WithAnalyzers([new HiddenConflictAnalyzer(), new ResolvableConflictAnalyzer()], Document.Project.AnalyzerOptions).GetAnalyzerDiagnosticsAsync();
    }

    /// <summary>The actions offered for one diagnostic.</summary>
    public async Task<List<CodeAction>> ActionsAtAsync(Diagnostic diagnostic)
    {
        var actions = new List<CodeAction>();
        var context = new CodeFixContext(Document, diagnostic, (a, _) => actions.Add(a), CancellationToken.None);
        await _provider.RegisterCodeFixesAsync(context);
        return actions;
    }

    /// <summary>The document's text after applying <paramref name="action"/>.</summary>
    public async Task<string> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await solution.GetDocument(Document.Id)!.GetTextAsync()).ToString();
    }

    /// <summary>Fix all in the document for the action with <paramref name="equivalenceKey"/>: by default the resolver's own.</summary>
    public async Task<string> FixAllAsync(string equivalenceKey = "MergeResolver.Confident")
    {
        var diagnostics = await ConflictDiagnosticsAsync();
        var context = new FixAllContext(
            Document, _provider, FixAllScope.Document, equivalenceKey, ["CS8300"], new Diagnostics(diagnostics), CancellationToken.None);
        var action = await _provider.GetFixAllProvider().GetFixAsync(context);
        return action is null ? (await Document.GetTextAsync()).ToString() : await ApplyAsync(action);
    }

    public void Dispose() => _workspace.Dispose();

    private sealed class Diagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}
