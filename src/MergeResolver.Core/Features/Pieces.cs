using MergeResolver.Tokens;

namespace MergeResolver.Features;

/// <summary>
/// Cuts code into the pieces the vocabulary holds: C# tokens, with identifiers, literals and comments
/// cut further into words and symbols, and words at their camel-case, underscore and digit boundaries
/// ("GetUserName2" gives "Get", "User", "Name", "2"), so that a name never seen is still made of known parts.
/// </summary>
public static class Pieces
{
    /// <summary>The pieces of <paramref name="text"/>, in order.</summary>
    public static List<string> Of(string text)
    {
        var result = new List<string>();
        var tokens = CSharpTokenizer.Instance.Tokenize(text);
        for (int i = 0; i < tokens.Tokens.Length; i++)
        {
            AddToken(tokens.Content(i), result);
        }

        return result;
    }

    /// <summary>Cuts a token into runs of letters, digits and underscores and single other characters, white space dropped.</summary>
    private static void AddToken(string token, List<string> result)
    {
        int i = 0;
        while (i < token.Length)
        {
            if (char.IsWhiteSpace(token[i]))
            {
                i++;
                continue;
            }

            int start = i;
            if (IsWordChar(token[i]))
            {
                while (i < token.Length && IsWordChar(token[i]))
                {
                    i++;
                }
            }
            else
            {
                i += char.IsSurrogatePair(token, i) ? 2 : 1;
            }

            SplitWord(token.Substring(start, i - start), result);
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    private static void SplitWord(string word, List<string> result)
    {
        int start = 0;
        for (int i = 1; i <= word.Length; i++)
        {
            if (i == word.Length || IsBoundary(word[i - 1], word[i], i + 1 < word.Length ? word[i + 1] : '\0'))
            {
                result.Add(word.Substring(start, i - start));
                start = i;
            }
        }
    }

    private static bool IsBoundary(char previous, char current, char next) =>
        current == '_' || previous == '_'
        || (char.IsDigit(previous) != char.IsDigit(current))
        || (char.IsLower(previous) && char.IsUpper(current))
        || (char.IsUpper(previous) && char.IsUpper(current) && char.IsLower(next));
}
