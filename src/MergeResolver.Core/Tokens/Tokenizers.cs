namespace MergeResolver.Tokens;

/// <summary>Picks the tokenizer for a file.</summary>
public static class Tokenizers
{
    /// <summary>Roslyn's C# lexer for <c>.cs</c> and <c>.csx</c> files, the generic lexer otherwise (or when the path is unknown).</summary>
    public static ITokenizer ForPath(string? path) =>
        path is not null && (path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csx", StringComparison.OrdinalIgnoreCase))
            ? CSharpTokenizer.Instance
            : GenericTokenizer.Instance;
}
