using System.Collections.Immutable;
using System.Globalization;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Text;
using MergeResolver.Resolution;

namespace MergeResolver.Analyzers;

/// <summary>
/// Reports each conflict the compiler sees (CS8300) with what the resolver would do with it, on the
/// same span as the compiler's diagnostic, so that the code fix offers the same list for both. Hosts
/// that report CS8300 with an engine of their own (Rider) or load code fixes only from Roslyn's own
/// assemblies (csharp-ls) show analyzer diagnostics and their fixes: through this one they show ours.
/// </summary>
[DiagnosticAnalyzer(LanguageNames.CSharp)]
public sealed class ResolvableConflictAnalyzer : DiagnosticAnalyzer
{
    /// <summary>The diagnostic's id.</summary>
    public const string DiagnosticId = "MR0002";

    private static readonly DiagnosticDescriptor Rule = new(
        DiagnosticId,
        "MergeResolver can resolve this merge conflict",
        "MergeResolver can resolve this conflict: {0}",
        "MergeResolver",
        DiagnosticSeverity.Info,
        isEnabledByDefault: true,
        description: "The resolver's best resolution of a merge conflict and its probability; the code fix offers it with the other candidates.");

    /// <inheritdoc />
    public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Rule];

    /// <inheritdoc />
    public override void Initialize(AnalysisContext context)
    {
        context.ConfigureGeneratedCodeAnalysis(GeneratedCodeAnalysisFlags.None);
        context.EnableConcurrentExecution();
        context.RegisterSyntaxTreeAction(Analyze);
    }

    /// <summary>What the diagnostic says of a conflict: its first suggestion, with its probability when the resolver ranked it.</summary>
    public static string DescriptionOf(SuggestedResolution best) =>
        best.Confidence is not { } confidence
            ? "take a side, the base or both"
            : string.Format(CultureInfo.InvariantCulture, "{0}, {1:0%}{2}", best.Summary, confidence, best.IsConfident ? " (fix all applies it)" : "");

    private static void Analyze(SyntaxTreeAnalysisContext context)
    {
        var text = context.Tree.GetText(context.CancellationToken);
        if (text.ToString().IndexOf("<<<<<<<", StringComparison.Ordinal) < 0)
        {
            return;
        }

        var root = context.Tree.GetRoot(context.CancellationToken);
        double? threshold = ConflictAnalyses.ThresholdFrom(context.Options.AnalyzerConfigOptionsProvider.GetOptions(context.Tree));
        var document = ConflictAnalyses.Of(text, context.Tree.FilePath, threshold, context.CancellationToken);
        foreach (var conflict in document.Conflicts)
        {
            var line = text.Lines[conflict.StartLine];
            if (!root.FindTrivia(line.Start).IsKind(SyntaxKind.ConflictMarkerTrivia))
            {
                continue;
            }

            var span = new TextSpan(line.Start, conflict.MarkerSize);
            var best = document.SuggestionsFor(conflict)[0];
            context.ReportDiagnostic(Diagnostic.Create(Rule, Location.Create(context.Tree, span), DescriptionOf(best)));
        }
    }
}
