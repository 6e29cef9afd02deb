using System.Collections.Immutable;

namespace MergeResolver.Tokens;

/// <summary>
/// A lexer for any text. A word is one token with the dots, dashes, slashes and colons inside it, so
/// that a number, a dotted version (<c>8.4.1</c>), a name with its digits and a path are never cut;
/// a quoted string on one line is one token; any other character that is not white space is a
/// token by itself. Where indentation is syntax, a line's leading white space is a token too.
/// </summary>
public sealed class GenericTokenizer : ITokenizer
{
    private readonly bool _indentationIsToken;

    private GenericTokenizer(bool indentationIsToken) => _indentationIsToken = indentationIsToken;

    /// <summary>The lexer for text whose white space is not syntax.</summary>
    public static GenericTokenizer Instance { get; } = new(indentationIsToken: false);

    /// <summary>The lexer for text whose indentation is syntax: each line's leading white space is a token.</summary>
    public static GenericTokenizer Indented { get; } = new(indentationIsToken: true);

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

            if (_indentationIsToken && i < text.Length && i > leading)
            {
                int lastBreak = text.LastIndexOfAny(['\n', '\r'], i - 1, i - leading);
                bool atLineStart = lastBreak >= 0 || leading == 0 || text[leading - 1] is '\n' or '\r';
                int indentStart = lastBreak >= 0 ? lastBreak + 1 : leading;
                if (atLineStart && indentStart < i)
                {
                    tokens.Add(new Token(leading, indentStart, i));
                    leading = i;
                }
            }

            if (i == text.Length)
            {
                break;
            }

            int start = i;
            i = End(text, i);
            tokens.Add(new Token(leading, start, i));
        }

        return new TokenizedText(text, tokens.ToImmutable());
    }

    /// <summary>Where the token that starts at <paramref name="i"/> ends.</summary>
    private static int End(string text, int i)
    {
        char c = text[i];
        if (IsWordChar(c))
        {
            i++;
            while (i < text.Length && (IsWordChar(text[i]) || (IsJoiner(text[i]) && i + 1 < text.Length && IsWordChar(text[i + 1]))))
            {
                i++;
            }

            return i;
        }

        if (c is '"' or '\'')
        {
            for (int j = i + 1; j < text.Length && text[j] is not ('\n' or '\r'); j++)
            {
                if (text[j] == '\\')
                {
                    j++;
                }
                else if (text[j] == c)
                {
                    return j + 1;
                }
            }
        }

        return i + (char.IsSurrogatePair(text, i) ? 2 : 1);
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static bool IsJoiner(char c) => c is '.' or '-' or '/' or '\\' or ':';
}
