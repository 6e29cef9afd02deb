using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MergeResolver.Resolution;

/// <summary>Counts C# syntax errors, to tell whether a resolution breaks the code around it.</summary>
internal static class SyntaxCheck
{
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.None);

    public static int CountErrors(string text) =>
        CSharpSyntaxTree.ParseText(text, Options).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
}
