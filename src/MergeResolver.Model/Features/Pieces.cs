using MergeResolver.Tokens;

namespace MergeResolver.Model.Features;

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

    private static void AddToken(string token, List<string> result)
    {
        var words = GenericTokenizer.Instance.Tokenize(token);
        for (int i = 0; i < words.Tokens.Length; i++)
        {
            SplitWord(words.Content(i), result);
        }
    }

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
