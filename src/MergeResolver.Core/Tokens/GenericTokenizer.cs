using System.Collections.Immutable;

namespace MergeResolver.Tokens;

/// <summary>
/// A lexer for any text: a run of letters, digits and underscores is one token, any other
/// character that is not white space is a token by itself.
/// </summary>
public sealed class GenericTokenizer : ITokenizer
{
    /// <summary>The one instance; the tokenizer holds no state.</summary>
    public static GenericTokenizer Instance { get; } = new();

    /// <inheritdoc />
    public TokenizedText Tokenize(string text)
    {
        var tokens = ImmutableArray.CreateBuilder<Token>();
        int i = 0;
        while (i < text.Length)
        {
            int leading = i;
            while (i < text.Length && char.IsWhiteSpace(text[i]))
            {
                i++;
            }

            if (i == text.Length)
            {
                break;
            }

            int start = i;
            if (IsWordChar(text[i]))
            {
                while (i < text.Length && IsWordChar(text[i]))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsSurrogatePair(text, i) ? 2 : 1;
            }

            tokens.Add(new Token(leading, start, i));
        }

        return new TokenizedText(text, tokens.ToImmutable());
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';
}
