using System.Collections.Immutable;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace MergeResolver.Tokens;

/// <summary>
/// Roslyn's lexer: C# tokens, with each comment, directive and disabled-text trivia as a token of
/// its own, so that a changed comment is a change while re-indentation is not.
/// </summary>
public sealed class CSharpTokenizer : ITokenizer
{
    /// <summary>The one instance; the tokenizer holds no state.</summary>
    public static CSharpTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public TokenizedText Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        int pending = 0;
        foreach (var token in SyntaxFactory.ParseTokens(text))
        {
            AddTrivia(token.LeadingTrivia, tokens, ref pending);
            if (token.Span.Length > 0)
            {
                tokens.Add(new Token(pending, token.SpanStart, token.Span.End));
                pending = token.Span.End;
            }

            AddTrivia(token.TrailingTrivia, tokens, ref pending);
        }

        return new TokenizedText(text, tokens.ToImmutable());
    }

    private static void AddTrivia(SyntaxTriviaList trivia, ImmutableArray<Token>.Builder tokens, ref int pending)
    {
        foreach (var t in trivia)
        {
            if (t.IsKind(SyntaxKind.WhitespaceTrivia) || t.IsKind(SyntaxKind.EndOfLineTrivia) || t.Span.Length == 0)
            {
                continue;
            }

            // A directive's span ends with its line break, which is layout like any other.
            string full = t.ToString();
            int trimmed = full.Length;
            while (trimmed > 0 && full[trimmed - 1] is '\n' or '\r')
            {
                trimmed--;
            }

            int end = t.SpanStart + Math.Max(trimmed, 1);
            tokens.Add(new Token(pending, t.SpanStart, end));
            pending = end;
        }
    }
}
