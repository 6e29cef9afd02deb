namespace MergeResolver.Tokens;

/// <summary>Cuts text into the tokens the token-level merge compares.</summary>
public interface ITokenizer
{
    /// <summary>Tokenizes <paramref name="text"/>; never fails, whatever the text.</summary>
    TokenizedText Tokenize(string text);
}
