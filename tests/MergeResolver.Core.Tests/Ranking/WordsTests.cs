using MergeResolver.Ranking;

namespace MergeResolver.Core.Tests.Ranking;

public sealed class WordsTests
{
    [Fact]
    public void Texts_with_the_same_words_are_alike_however_they_break_their_lines()
    {
        var one = Words.Of(["var x = Get(a)?.Value;\n"]);
        var other = Words.Of("var  x =\n    Get(a)?.Value;");

        Assert.Equal(1f, one.Similarity(other));
    }

    [Fact]
    public void Texts_that_share_no_word_are_not_alike()
    {
        Assert.Equal(0f, Words.Of("Open(a);").Similarity(Words.Of("Close(b);")));
    }

    [Fact]
    public void Likeness_counts_each_shared_word_as_often_as_both_texts_hold_it()
    {
        // Shared: as many of each word as the text with fewer of it holds, of six words in all.
        Assert.Equal(2f * 3 / 6, Words.Of("a a b").Similarity(Words.Of("a a b")), 5);
        Assert.Equal(2f * 2 / 6, Words.Of("a a b").Similarity(Words.Of("a b c")), 5);
        Assert.Equal(2f * 1 / 6, Words.Of("a b").Similarity(Words.Of("a a a c")), 5);
    }

    [Fact]
    public void Likeness_is_symmetric()
    {
        string[] texts = ["", "a", "a b b", "b c\nd", "x y z a"];
        foreach (var one in texts)
        {
            foreach (var other in texts)
            {
                Assert.Equal(Words.Of(one).Similarity(Words.Of(other)), Words.Of(other).Similarity(Words.Of(one)));
            }
        }
    }
}
