using MergeResolver.Languages;
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

    [Theory]
    [InlineData("Version=\"8.4.1\"", new[] { "Version", "=", "\"8.4.1\"" })]
    [InlineData("v = 8.4.1;", new[] { "v", "=", "8.4.1", ";" })]
    [InlineData("path: src/Lib/Foo.cs", new[] { "path", ":", "src/Lib/Foo.cs" })]
    [InlineData("name: net8.0-windows", new[] { "name", ":", "net8.0-windows" })]
    [InlineData("x = 'a b' + \"c d\"", new[] { "x", "=", "'a b'", "+", "\"c d\"" })]
    public void Generic_numbers_versions_paths_and_quoted_strings_are_single_tokens(string text, string[] expected)
    {
        var tokens = GenericTokenizer.Instance.Tokenize(text);
        Assert.Equal(expected, Enumerable.Range(0, tokens.Tokens.Length).Select(tokens.Content));
    }

    [Fact]
    public void Where_indentation_is_syntax_a_lines_leading_white_space_is_a_token()
    {
        var tokens = GenericTokenizer.Indented.Tokenize("if a:\n    b\n  c\nd\n");
        Assert.Equal(["if", "a", ":", "    ", "b", "  ", "c", "d"], Enumerable.Range(0, tokens.Tokens.Length).Select(tokens.Content));
    }

    [Fact]
    public void Cs_files_get_roslyns_lexer_and_others_a_profile_that_does_not_merge_inside_lines()
    {
        Assert.Same(LanguageProfile.CSharp, LanguageProfile.ForPath("src/A.cs"));
        Assert.Same(CSharpTokenizer.Instance, LanguageProfile.CSharp.Tokenizer);
        Assert.Same(LanguageProfile.Text, LanguageProfile.ForPath("README.md"));
        Assert.Same(LanguageProfile.Text, LanguageProfile.ForPath(null));
        Assert.False(LanguageProfile.Text.MergesTokens);
    }

    [Theory]
    [InlineData("tools/build.py")]
    [InlineData(".github/workflows/ci.yml")]
    [InlineData("deploy.yaml")]
    [InlineData("src/Lib.fs")]
    [InlineData("Makefile")]
    public void Files_whose_indentation_is_syntax_get_the_indented_profile(string path)
    {
        Assert.Same(LanguageProfile.Indented, LanguageProfile.ForPath(path));
        Assert.True(LanguageProfile.Indented.WhiteSpaceIsSyntax);
    }
}
