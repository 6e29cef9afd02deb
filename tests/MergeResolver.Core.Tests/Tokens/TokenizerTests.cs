using MergeResolver.Tokens;

namespace MergeResolver.Core.Tests.Tokens;

public sealed class TokenizerTests
{
    private const string CSharp = "  /// <summary>Doc</summary>\r\n  public int M(string s) // trailing\n  {\n#if DEBUG\n    return s.Length + @\"a\nb\"; /* c */\n#endif\n  }\n";

    [Fact]
    public void Csharp_tokens_with_their_leading_white_space_give_the_text_back()
    {
        var tokens = CSharpTokenizer.Instance.Tokenize(CSharp);
        Assert.Equal(CSharp, string.Concat(Enumerable.Range(0, tokens.Tokens.Length).Select(tokens.Full)) + tokens.Trailing);
    }

    [Fact]
    public void Csharp_comments_and_directives_are_tokens_but_white_space_is_not()
    {
        var tokens = CSharpTokenizer.Instance.Tokenize("a /* c */ b // d\n#if X\n");
        var contents = Enumerable.Range(0, tokens.Tokens.Length).Select(tokens.Content).ToList();
        Assert.Equal(["a", "/* c */", "b", "// d", "#if X"], contents);
    }

    [Fact]
    public void A_verbatim_string_spanning_lines_is_one_token()
    {
        var tokens = CSharpTokenizer.Instance.Tokenize("x = @\"a\nb\";");
        Assert.Contains("@\"a\nb\"", Enumerable.Range(0, tokens.Tokens.Length).Select(tokens.Content));
    }

    [Fact]
    public void Generic_tokens_are_words_and_single_symbols()
    {
        var tokens = GenericTokenizer.Instance.Tokenize("key_1 = f(x);\n");
        Assert.Equal(["key_1", "=", "f", "(", "x", ")", ";"], Enumerable.Range(0, tokens.Tokens.Length).Select(tokens.Content));
        Assert.Equal("\n", tokens.Trailing);
    }

    [Fact]
    public void Cs_files_get_roslyns_lexer_and_others_the_generic_one()
    {
        Assert.Same(CSharpTokenizer.Instance, Tokenizers.ForPath("src/A.cs"));
        Assert.Same(GenericTokenizer.Instance, Tokenizers.ForPath("README.md"));
        Assert.Same(GenericTokenizer.Instance, Tokenizers.ForPath(null));
    }
}
