using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Text;

namespace MergeResolver.Resolution;

/// <summary>Counts C# syntax errors, to tell whether a resolution breaks the code around it.</summary>
internal static class SyntaxCheck
{
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.None);

    /// <summary>Lines of context on each side of a hunk that a resolution is judged in.</summary>
    private const int WindowLines = 40;

    /// <summary>
    /// Whether putting <paramref name="replacement"/> in place of lines <c>[start, end)</c> of
    /// <paramref name="lines"/> gives more syntax errors than <paramref name="baseline"/> there (by
    /// default those lines themselves), judged in a window of the lines around them: the
    /// window keeps the cost bounded whatever the size of the file, and a cut through a construct at
    /// the window's edges costs both variants the same.
    /// </summary>
    public static bool AddsErrors(IReadOnlyList<string> lines, int start, int end, string replacement, string? baseline = null) =>
        new Window(lines, start, end, baseline).AddsErrors(replacement);

    /// <summary>The lines around one hunk, where each of its candidates is judged against the same baseline, parsed once.</summary>
    internal sealed class Window
    {
        private readonly string _before;
        private readonly string _after;
        private readonly string _baseline;
        private int? _baselineErrors;

        public Window(IReadOnlyList<string> lines, int start, int end, string? baseline = null)
        {
            int from = Math.Max(0, start - WindowLines), to = Math.Min(lines.Count, end + WindowLines);
            _before = Join(lines, from, start);
            _after = Join(lines, end, to);
            _baseline = baseline ?? Join(lines, start, end);
        }

        public bool AddsErrors(string replacement)
        {
            if (replacement == _baseline)
            {
                return false;
            }

            // Roslyn's parser recurses once per nesting level and can overflow the stack on hostile
            // input; what cannot be checked is never applied.
            if (TooDeep(_before + _baseline + _after) || TooDeep(_before + replacement + _after))
            {
                return true;
            }

            _baselineErrors ??= CountErrors(_before + _baseline + _after);
            return CountErrors(_before + replacement + _after) > _baselineErrors;
        }
    }

    /// <summary>The spans of the tokens and trivia of <paramref name="text"/> that hold a line break (literals, comments, disabled text).</summary>
    public static List<(int Start, int End)> MultiLineSpans(string text)
    {
        var spans = new List<(int Start, int End)>();
        void Add(TextSpan span)
        {
            if (span.Length > 1 && text.IndexOf('\n', span.Start, span.Length - 1) >= 0)
            {
                spans.Add((span.Start, span.End));
            }
        }

        foreach (var token in SyntaxFactory.ParseTokens(text, options: Options))
        {
            foreach (var trivia in token.LeadingTrivia)
            {
                if (!trivia.IsKind(SyntaxKind.EndOfLineTrivia) && !trivia.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    Add(trivia.Span);
                }
            }

            Add(token.Span);
            foreach (var trivia in token.TrailingTrivia)
            {
                if (!trivia.IsKind(SyntaxKind.EndOfLineTrivia) && !trivia.IsKind(SyntaxKind.WhitespaceTrivia))
                {
                    Add(trivia.Span);
                }
            }
        }

        return spans;
    }

    /// <summary>Brackets nested deeper than any real code nests them.</summary>
    private const int MaxNesting = 256;

    private static bool TooDeep(string text)
    {
        int depth = 0;
        foreach (char c in text)
        {
            if (c is '(' or '[' or '{')
            {
                if (++depth > MaxNesting)
                {
                    return true;
                }
            }
            else if (c is ')' or ']' or '}' && depth > 0)
            {
                depth--;
            }
        }

        return false;
    }

    private static string Join(IReadOnlyList<string> lines, int from, int to)
    {
        var sb = new System.Text.StringBuilder();
        for (int i = from; i < to; i++)
        {
            sb.Append(lines[i]);
        }

        return sb.ToString();
    }

    private static int CountErrors(string text) =>
        CSharpSyntaxTree.ParseText(text, Options).GetDiagnostics().Count(d => d.Severity == DiagnosticSeverity.Error);
}
