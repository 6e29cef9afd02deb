using CsCheck;
using MergeResolver.Merge;
using MergeResolver.Resolution;
using MergeResolver.Text;
using MergeResolver.Tokens;

namespace MergeResolver.Core.Tests.Properties;

public sealed class MergePropertyTests
{
    private static string Merge(string b, string o, string t) => ConflictRenderer.Render(LineMerger.Merge(b, o, t).Chunks);

    [Fact]
    public void Merging_the_same_change_on_both_sides_gives_that_change()
    {
        Gen.Select(Generators.Text, Generators.Text).Sample((b, x) => Assert.Equal(x, Merge(b, x, x)), iter: 2000);
    }

    [Fact]
    public void A_change_on_theirs_alone_gives_theirs()
    {
        Gen.Select(Generators.Text, Generators.Text).Sample((b, x) => Assert.Equal(x, Merge(b, b, x)), iter: 2000);
    }

    [Fact]
    public void A_change_on_ours_alone_gives_ours()
    {
        Gen.Select(Generators.Text, Generators.Text).Sample((b, x) => Assert.Equal(x, Merge(b, x, b)), iter: 2000);
    }

    [Fact]
    public void Rendered_conflicts_parse_back_to_the_same_sides()
    {
        Generators.Triple.Sample(triple =>
        {
            var merge = LineMerger.Merge(triple.Base, triple.Ours, triple.Theirs);
            var parsed = ConflictMarkerParser.Parse(ConflictRenderer.Render(merge.Chunks));
            var conflicts = merge.Conflicts.ToList();
            Assert.Equal(conflicts.Count, parsed.Length);
            for (int i = 0; i < conflicts.Count; i++)
            {
                // A side's unterminated last line gets a newline before the next marker, as git writes it.
                Assert.Equal(Terminated(conflicts[i].Ours, conflicts[i].UsesCrLf), string.Concat(parsed[i].Ours));
                Assert.Equal(Terminated(conflicts[i].Base, conflicts[i].UsesCrLf), string.Concat(parsed[i].Base));
                Assert.Equal(Terminated(conflicts[i].Theirs, conflicts[i].UsesCrLf), string.Concat(parsed[i].Theirs));
            }
        }, iter: 2000);
    }

    [Fact]
    public void Every_hunk_the_resolver_leaves_is_drawn_exactly_as_git_draws_it()
    {
        var resolver = new Resolver();
        int checkedHunks = 0;
        Generators.Triple.Sample(triple =>
        {
            var resolved = resolver.Resolve(new MergeInput(triple.Base, triple.Ours, triple.Theirs, "X.cs"));
            var left = resolved.Hunks.Where(h => !h.IsResolved).Select(h => h.Conflict).ToList();
            Interlocked.Add(ref checkedHunks, left.Count);
            var git = ConflictRenderer.Render(LineMerger.Merge(triple.Base, triple.Ours, triple.Theirs).Chunks);
            var gitConflicts = ConflictMarkerParser.Parse(git);
            var ours = ConflictMarkerParser.Parse(resolved.Render());
            Assert.Equal(left.Count, ours.Length);
            var gitLines = Lines.Split(git);
            var ourLines = Lines.Split(resolved.Render());
            foreach (var (conflict, parsed) in left.Zip(ours))
            {
                var gitHunk = gitConflicts[resolved.Hunks.First(h => h.Conflict == conflict).Index];
                Assert.Equal(gitLines[gitHunk.StartLine..gitHunk.EndLine], ourLines[parsed.StartLine..parsed.EndLine]);
            }
        }, iter: 1000);
        Assert.True(checkedHunks > 100, $"only {checkedHunks} hunks were left to compare");
    }

    [Fact]
    public void Arbitrary_bytes_are_decoded_or_refused_and_never_crash_the_merge()
    {
        Gen.Byte.Array[0, 300].Sample(bytes =>
        {
            DecodedText text;
            try
            {
                text = TextDecoder.Decode(bytes);
            }
            catch (InvalidTextException)
            {
                return;
            }

            // An add/add merge against a small file: the resolver runs to the end, and each conflict it
            // would leave reads back with the decoded text as ours.
            new Resolver().Resolve(new MergeInput(string.Empty, text.Text, "x\n", "Fuzz.cs")).Render();
            var left = new Resolver(new ResolverOptions { Strategy = ResolutionStrategy.Markers }).Resolve(new MergeInput(string.Empty, text.Text, "x\n", "Fuzz.cs"));
            var parsed = ConflictMarkerParser.Parse(left.Render());
            Assert.Equal(left.ConflictsLeft, parsed.Length);
            Assert.All(parsed.Zip(left.Hunks), p => Assert.Equal(p.Second.Conflict.Ours.Length, p.First.Ours.Length));
            foreach (var tokenizer in new ITokenizer[] { CSharpTokenizer.Instance, GenericTokenizer.Instance, GenericTokenizer.Indented })
            {
                var tokens = tokenizer.Tokenize(text.Text);
                Assert.Equal(text.Text, string.Concat(Enumerable.Range(0, tokens.Tokens.Length).Select(tokens.Full)) + tokens.Trailing);
            }
        }, iter: 3000);
    }

    private static string Terminated(IReadOnlyList<string> lines, bool crlf)
    {
        var text = string.Concat(lines);
        return text.Length == 0 || text.EndsWith('\n') ? text : text + (crlf ? "\r\n" : "\n");
    }

    [Theory]
    [InlineData(ConflictStyle.Merge)]
    [InlineData(ConflictStyle.ZealousDiff3)]
    public void With_nothing_resolved_the_resolver_draws_every_style_as_the_line_merge_of_that_style_does(ConflictStyle style)
    {
        var markers = new ConflictMarkers { Style = style };
        var resolver = new Resolver(new ResolverOptions { Strategy = ResolutionStrategy.Markers, Markers = markers });
        Generators.Triple.Sample(triple =>
        {
            var expected = ConflictRenderer.Render(LineMerger.Merge(triple.Base, triple.Ours, triple.Theirs, new LineMergeOptions { Style = style }).Chunks, markers);
            Assert.Equal(expected, resolver.Resolve(new MergeInput(triple.Base, triple.Ours, triple.Theirs)).Render());
        }, iter: 3000);
    }
}

