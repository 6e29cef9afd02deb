using CsCheck;
using MergeResolver.Merge;
using MergeResolver.Tokens;

namespace MergeResolver.Core.Tests.Properties;

/// <summary>The token merge's laws, checked against a reference: git's diff3 over one token a line.</summary>
public sealed class TokenMergePropertyTests
{
    private const int Triples = 5000;

    [Fact]
    public void A_resolution_reads_back_as_the_token_level_diff3_of_the_three_sides()
    {
        CSharpTriples.Triple.Sample(triple =>
        {
            var result = TokenMerger.Merge(triple.Base, triple.Ours, triple.Theirs, CSharpTokenizer.Instance);
            if (!result.IsResolved)
            {
                return;
            }

            var expected = ReferenceMerge(triple.Base, triple.Ours, triple.Theirs);
            Assert.NotNull(expected);
            Assert.Equal(expected, Contents(CSharpTokenizer.Instance.Tokenize(result.Render((_, _) => string.Empty))));
        }, iter: Triples);
    }

    [Fact]
    public void Every_white_space_run_of_a_resolution_separates_the_same_two_tokens_in_a_side()
    {
        CSharpTriples.Triple.Sample(triple =>
        {
            var result = TokenMerger.Merge(triple.Base, triple.Ours, triple.Theirs, CSharpTokenizer.Instance);
            if (!result.IsResolved)
            {
                return;
            }

            var sides = Separators(triple.Ours).Concat(Separators(triple.Theirs)).ToHashSet();
            foreach (var separator in Separators(result.Render((_, _) => string.Empty)))
            {
                Assert.True(sides.Contains(separator), $"{separator} is in neither side");
            }
        }, iter: Triples);
    }

    [Fact]
    public void A_resolution_uses_ours_line_break_when_ours_uses_one()
    {
        CSharpTriples.Triple.Sample(triple =>
        {
            var result = TokenMerger.Merge(triple.Base, triple.Ours, triple.Theirs, CSharpTokenizer.Instance);
            bool oursCrLf = triple.Ours.Contains("\r\n", StringComparison.Ordinal);
            bool oursLf = triple.Ours.Replace("\r\n", string.Empty, StringComparison.Ordinal).Contains('\n', StringComparison.Ordinal);
            if (!result.IsResolved || oursCrLf == oursLf)
            {
                return;
            }

            // Only the white space between tokens: a line break inside a token (a verbatim string,
            // disabled text after #if) is the token's own text and stays as its side wrote it.
            var text = result.Render((_, _) => string.Empty);
            var tokens = CSharpTokenizer.Instance.Tokenize(text);
            var between = string.Concat(tokens.Tokens.Select(t => text[t.LeadingStart..t.Start])) + tokens.Trailing;
            int lineBreaks = between.Count(c => c == '\n'), crlf = between.Split("\r\n").Length - 1;
            Assert.True((oursCrLf ? lineBreaks : 0) == crlf, $"B={Escape(triple.Base)} O={Escape(triple.Ours)} T={Escape(triple.Theirs)} R={Escape(text)}");
        }, iter: Triples);
    }

    /// <summary>The merged tokens by git's own diff3, one token a line; null when it leaves a conflict.</summary>
    private static List<string>? ReferenceMerge(string b, string o, string t)
    {
        static string OneTokenALine(string text) =>
            string.Concat(Contents(CSharpTokenizer.Instance.Tokenize(text)).Select(c => c.Replace("\r", "\\r", StringComparison.Ordinal).Replace("\n", "\\n", StringComparison.Ordinal) + "\n"));

        var merge = LineMerger.Merge(OneTokenALine(b), OneTokenALine(o), OneTokenALine(t), new LineMergeOptions { Style = ConflictStyle.Diff3 });
        if (merge.Conflicts.Any())
        {
            return null;
        }

        return [.. merge.Chunks.Cast<CleanChunk>().SelectMany(c => c.Lines).Select(l => l[..^1].Replace("\\n", "\n", StringComparison.Ordinal).Replace("\\r", "\r", StringComparison.Ordinal))];
    }

    private static List<string> Contents(TokenizedText text) => [.. Enumerable.Range(0, text.Tokens.Length).Select(text.Content)];

    /// <summary>Each pair of neighbouring tokens with the white space between them (line breaks unified), the text's start and end included.</summary>
    private static IEnumerable<(string Before, string WhiteSpace, string After)> Separators(string text)
    {
        var tokens = CSharpTokenizer.Instance.Tokenize(text);
        string previous = "<start>";
        for (int i = 0; i < tokens.Tokens.Length; i++)
        {
            var token = tokens.Tokens[i];
            yield return (previous, Unify(text[token.LeadingStart..token.Start]), tokens.Content(i));
            previous = tokens.Content(i);
        }

        yield return (previous, Unify(tokens.Trailing), "<end>");
    }

    private static string Escape(string s) => s.Replace("\r", "\\r").Replace("\n", "\\n");

    private static string Unify(string whiteSpace) => whiteSpace.Replace("\r\n", "\n", StringComparison.Ordinal);
}
