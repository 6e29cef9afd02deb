using MergeResolver.Tokens;

namespace MergeResolver.Languages;

/// <summary>
/// What the resolver knows of a file's language: what a token is, whether it may merge changes
/// inside a line, and whether white space is syntax.
/// </summary>
public sealed record LanguageProfile
{
    private static readonly string[] IndentationExtensions = [".py", ".pyw", ".yaml", ".yml", ".fs", ".fsi", ".fsx"];

    private LanguageProfile(string name, ITokenizer tokenizer, bool mergesTokens, bool whiteSpaceIsSyntax)
    {
        Name = name;
        Tokenizer = tokenizer;
        MergesTokens = mergesTokens;
        WhiteSpaceIsSyntax = whiteSpaceIsSyntax;
    }

    /// <summary>C#: Roslyn's lexer, whose tokens hold string literals whole, so white space between tokens never changes the program.</summary>
    public static LanguageProfile CSharp { get; } = new("C#", CSharpTokenizer.Instance, mergesTokens: true, whiteSpaceIsSyntax: false);

    /// <summary>Any other text: the lexer does not know its syntax, so hunks are resolved whole, never merged inside a line.</summary>
    public static LanguageProfile Text { get; } = new("text", GenericTokenizer.Instance, mergesTokens: false, whiteSpaceIsSyntax: false);

    /// <summary>Languages where indentation is syntax (Python, YAML, F#, makefiles): sides that differ in white space alone are a real conflict.</summary>
    public static LanguageProfile Indented { get; } = new("indented text", GenericTokenizer.Indented, mergesTokens: false, whiteSpaceIsSyntax: true);

    /// <summary>The profile's name, as reports show it.</summary>
    public string Name { get; }

    /// <summary>What a token is.</summary>
    public ITokenizer Tokenizer { get; }

    /// <summary>Whether the token merge may resolve a hunk by combining changes inside its lines.</summary>
    public bool MergesTokens { get; }

    /// <summary>Whether white space between tokens can change what the file means.</summary>
    public bool WhiteSpaceIsSyntax { get; }

    /// <summary>The profile for a file (<see cref="Text"/> when the path is unknown).</summary>
    public static LanguageProfile ForPath(string? path)
    {
        if (path is null)
        {
            return Text;
        }

        if (path.EndsWith(".cs", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".csx", StringComparison.OrdinalIgnoreCase))
        {
            return CSharp;
        }

        var name = path.Substring(path.LastIndexOfAny(['/', '\\']) + 1);
        return name.Equals("Makefile", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".mk", StringComparison.OrdinalIgnoreCase)
            || IndentationExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase))
            ? Indented
            : Text;
    }
}
