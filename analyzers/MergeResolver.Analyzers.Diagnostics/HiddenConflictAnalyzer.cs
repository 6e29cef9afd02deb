using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MergeResolver.Merge;

namespace MergeResolver.Analyzers;

/// <summary>
/// Reports a conflict the compiler cannot see: one inside a string literal or a comment, where its
/// markers are just text and the file compiles with the conflict in it. The code fix then offers the
/// same resolutions as for CS8300.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class HiddenConflictAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's id.</summary>
    public const string DiagnosticId = "MR0001";

    private static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "Merge conflict hidden in a string or comment",
        "A merge conflict ('{0}') is inside a string literal or comment, where the compiler does not flag it",
        "MergeResolver",
        DiagnosticSeverity.Warning,
        isEnabledByDefault: true,
        description: "Conflict markers inside a string literal or a comment compile silently; resolve the conflict.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxTreeAction(Analyze);
    }

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        var text = context.Tree.GetText(context.CancellationToken);
        var source = text.ToString();
        if (source.IndexOf("<<<<<<<", StringComparison.Ordinal) < 0)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        foreach (var conflict in ConflictMarkerParser.Parse(ConflictAnalyses.LinesOf(text)))
        {
            var line = text.Lines[conflict.StartLine];
            if (root.FindTrivia(line.Start).IsKind(SyntaxKind.ConflictMarkerTrivia))
            {
                continue;
            }

            var span = TextSpan.FromBounds(line.Start, line.End);
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Tree, span), text.ToString(span)));
        }
    }
}
