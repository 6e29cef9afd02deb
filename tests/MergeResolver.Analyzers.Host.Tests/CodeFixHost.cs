using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CodeActions;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Host.Mef;
using Microsoft.CodeAnalysis.Text;

namespace MergeResolver.Analyzers.Host.Tests;

/// <summary>
/// What an editor built on Roslyn's Features layer does at a conflict: a MEF-composed workspace whose
/// host analyzers are the compiler's and the IDE's (as Visual Studio registers them), Roslyn's own
/// code-fix service (with its built-in conflict-marker fix), and the package's analyzers and code fix
/// loaded from their files as a project's analyzer reference. The service is internal to Roslyn, so
/// it is reached by reflection; its shape is pinned by the Features package version.
/// </summary>
internal sealed class CodeFixHost : IDisposable
{
    private static readonly Assembly Features = Assembly.Load("Microsoft.CodeAnalysis.Features");
    private static readonly MefHostServices Services = MefHostServices.Create(MefHostServices.DefaultAssemblies);
    private static readonly Lazy<object> CodeFixService = new(ServiceOf);

    private readonly AdhocWorkspace _workspace = new(Services);

    /// <summary>A project with one document, <c>Cart.cs</c>, of <paramref name="text"/>, and an <c>.editorconfig</c> beside it when <paramref name="editorConfig"/> is given.</summary>
    public CodeFixHost(string text, string? editorConfig = null)
    {
        var loader = new DefaultContextLoader();
        var hostAnalyzers = new[] { "Microsoft.CodeAnalysis.CSharp", "Microsoft.CodeAnalysis.Features", "Microsoft.CodeAnalysis.CSharp.Features" }
            .Select(name => (AnalyzerReference)new AnalyzerFileReference(Assembly.Load(name).Location, loader));
        var package = new[] { "MergeResolver.Analyzers.dll", "MergeResolver.Analyzers.Diagnostics.dll" }
            .Select(file => (AnalyzerReference)new AnalyzerFileReference(Path.Combine(AppContext.BaseDirectory, file), loader));
        var solution = _workspace.CurrentSolution
            .WithAnalyzerReferences(hostAnalyzers)
            .AddProject(ProjectInfo.Create(
                ProjectId.CreateNewId(), VersionStamp.Create(), "Sample", "Sample", LanguageNames.CSharp,
                filePath: "/sample/Sample.csproj",
                metadataReferences: [MetadataReference.CreateFromFile(typeof(object).Assembly.Location)],
                analyzerReferences: [.. package]));
        var project = solution.Projects.Single();
        var document = project.AddDocument("Cart.cs", SourceText.From(text), filePath: "/sample/Cart.cs");
        if (editorConfig is not null)
        {
            document = document.Project
                .AddAnalyzerConfigDocument(".editorconfig", SourceText.From("root = true\n[*.cs]\n" + editorConfig + "\n"), filePath: "/sample/.editorconfig")
                .Project.GetDocument(document.Id)!;
        }

        Assert.True(_workspace.TryApplyChanges(document.Project.Solution));
        Document = _workspace.CurrentSolution.GetDocument(document.Id)!;
    }

    public Document Document { get; }

    /// <summary>
    /// The fixes the service offers with the caret on the <paramref name="conflict"/>-th conflict's
    /// opening marker, in the order a light bulb lists them: by priority first (the host's strict
    /// grouping), then in the service's order.
    /// </summary>
    public async Task<IReadOnlyList<OfferedFix>> FixesAsync(int conflict = 0)
    {
        var text = await Document.GetTextAsync();
        int position = OpeningMarkers(text.ToString()).ElementAt(conflict);
        var getFixes = Features.GetType("Microsoft.CodeAnalysis.CodeFixes.ICodeFixServiceExtensions", throwOnError: true)!
            .GetMethods().Single(m => m.Name == "GetFixesAsync" && m.GetParameters().Length == 4);
        var task = (Task)getFixes.Invoke(null, [CodeFixService.Value, Document, new TextSpan(position, 0), CancellationToken.None])!;
        await task;
        var offered = new List<OfferedFix>();
        foreach (var collection in (IEnumerable)task.GetType().GetProperty("Result")!.GetValue(task)!)
        {
            var provider = Property(collection, "Provider");
            foreach (var fix in (IEnumerable)Property(collection, "Fixes"))
            {
                var action = (CodeAction)Property(fix, "Action");
                var diagnostics = (ImmutableArray<Diagnostic>)Property(fix, "Diagnostics");
                offered.Add(new OfferedFix(action, provider, [.. diagnostics.Select(d => d.Id).Distinct().Order()]));
            }
        }

        return [.. offered.OrderByDescending(f => f.Action.Priority)];
    }

    /// <summary>The document's text after <paramref name="action"/>.</summary>
    public async Task<string> ApplyAsync(CodeAction action)
    {
        var operations = await action.GetOperationsAsync(CancellationToken.None);
        var solution = operations.OfType<ApplyChangesOperation>().Single().ChangedSolution;
        return (await solution.GetDocument(Document.Id)!.GetTextAsync()).ToString();
    }

    /// <summary>
    /// Fix all in the document started from <paramref name="fix"/>: its provider's fix-all provider,
    /// for its equivalence key, over what the compiler and the project's analyzers report.
    /// </summary>
    public async Task<string> FixAllAsync(OfferedFix fix) => (await FixAllWithTitleAsync(fix)).Text;

    /// <summary>Fix all as <see cref="FixAllAsync"/> does it, with the title the host shows for it.</summary>
    public async Task<(string Title, string Text)> FixAllWithTitleAsync(OfferedFix fix)
    {
        var provider = (CodeFixProvider)fix.Provider;
        var context = new FixAllContext(
            Document, provider, FixAllScope.Document, fix.Action.EquivalenceKey, provider.FixableDiagnosticIds,
            new ReportedDiagnostics(await DiagnosticsAsync()), CancellationToken.None);
        var action = await provider.GetFixAllProvider()!.GetFixAsync(context);
        Assert.NotNull(action);
        return (action.Title, await ApplyAsync(action));
    }

    /// <summary>What the compiler and the project's analyzers report on the document.</summary>
    public async Task<ImmutableArray<Diagnostic>> DiagnosticsAsync()
    {
        var compilation = (await Document.Project.GetCompilationAsync())!;
        var analyzers = Document.Project.AnalyzerReferences.SelectMany(r => r.GetAnalyzers(LanguageNames.CSharp)).ToImmutableArray();
        return await compilation.WithAnalyzers(analyzers, Document.Project.AnalyzerOptions).GetAllDiagnosticsAsync();
    }

    public void Dispose() => _workspace.Dispose();

    private static IEnumerable<int> OpeningMarkers(string text)
    {
        for (int i = text.IndexOf("<<<<<<<", StringComparison.Ordinal); i >= 0; i = text.IndexOf("<<<<<<<", i + 1, StringComparison.Ordinal))
        {
            if (i == 0 || text[i - 1] == '\n')
            {
                yield return i;
            }
        }
    }

    private static object ServiceOf()
    {
        var exportProvider = typeof(MefHostServices).Assembly.GetType("Microsoft.CodeAnalysis.Host.Mef.IMefHostExportProvider", throwOnError: true)!;
        var serviceType = Features.GetType("Microsoft.CodeAnalysis.CodeFixes.ICodeFixService", throwOnError: true)!;
        var getExports = exportProvider.GetMethods().Single(m => m.Name == "GetExports" && m.GetGenericArguments().Length == 1).MakeGenericMethod(serviceType);
        var export = ((IEnumerable)getExports.Invoke(Services, null)!).Cast<object>().Single();
        return Property(export, "Value");
    }

    private static object Property(object target, string name) =>
        target.GetType().GetProperty(name)?.GetValue(target) ?? target.GetType().GetField(name)!.GetValue(target)!;

    /// <summary>Loads the analyzers where the test already has them, so that the package's types are the test's.</summary>
    private sealed class DefaultContextLoader : IAnalyzerAssemblyLoader
    {
        public void AddDependencyLocation(string fullPath)
        {
        }

        public Assembly LoadFromPath(string fullPath) => Assembly.LoadFrom(fullPath);
    }

    private sealed class ReportedDiagnostics(ImmutableArray<Diagnostic> diagnostics) : FixAllContext.DiagnosticProvider
    {
        public override Task<IEnumerable<Diagnostic>> GetAllDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetDocumentDiagnosticsAsync(Document document, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>(diagnostics);

        public override Task<IEnumerable<Diagnostic>> GetProjectDiagnosticsAsync(Project project, CancellationToken cancellationToken) => Task.FromResult<IEnumerable<Diagnostic>>([]);
    }
}

/// <summary>
/// One fix as the host lists it: its action, the provider that offered it (a code fix provider, or
/// the host's provider of suppression and configuration fixes), and the ids of the diagnostics it fixes.
/// </summary>
internal sealed record OfferedFix(CodeAction Action, object Provider, IReadOnlyList<string> DiagnosticIds)
{
    public string Title => Action.Title;

    public bool IsMergeResolver => Provider is ConflictMarkerCodeFixProvider;
}
