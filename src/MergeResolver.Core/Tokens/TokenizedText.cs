using System.Collections.Immutable;

namespace MergeResolver.Tokens;

/// <summary>A text cut into tokens; the white space after the last token is the trailing text.</summary>
public sealed class TokenizedText
{
    internal TokenizedText(string source, ImmutableArray<Token> tokens)
    {
        Source = source;
        Tokens = tokens;
    }

    /// <summary>The text that was tokenized.</summary>
    public string Source { get; }

    /// <summary>The tokens in order.</summary>
    public ImmutableArray<Token> Tokens { get; }

    /// <summary>White space after the last token (or the whole text when it has no token).</summary>
    public string Trailing => Source[(Tokens.IsEmpty ? 0 : Tokens[^1].End)..];

    /// <summary>The content of token <paramref name="i"/>, which is what tokens are compared by.</summary>
    public string Content(int i) => Source[Tokens[i].Start..Tokens[i].End];

    /// <summary>Token <paramref name="i"/> with the white space before it, as it is written in the text.</summary>
    public string Full(int i) => Source[Tokens[i].LeadingStart..Tokens[i].End];
}
