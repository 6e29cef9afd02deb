using MergeResolver.Features;

namespace MergeResolver.Core.Tests.Features;

public sealed class VocabularyTests
{
    [Fact]
    public void The_most_frequent_pieces_are_learned_after_the_special_tokens_ties_in_ordinal_order()
    {
        var vocabulary = Vocabulary.Learn(["b a a", "c b a"], size: 6);
        Assert.Equal(["[PAD]", "[UNK]", "[CLS]", "[SEP]", "a", "b"], vocabulary.Pieces.ToArray());
    }

    [Fact]
    public void A_piece_not_learned_reads_as_unknown()
    {
        var vocabulary = Vocabulary.Learn(["known"], size: 5);
        Assert.Equal(4, vocabulary.IdOf("known"));
        Assert.Equal(Vocabulary.Unknown, vocabulary.IdOf("unseen"));
    }

    [Fact]
    public void A_written_vocabulary_reads_back_the_same_even_with_line_breaks_in_pieces()
    {
        var vocabulary = Vocabulary.Learn(["x = @\"a\nb\\\";"], size: 100);
        var text = new StringWriter();
        vocabulary.Write(text);
        var back = Vocabulary.Read(new StringReader(text.ToString()));
        Assert.Equal(vocabulary.Pieces.ToArray(), back.Pieces.ToArray());
    }

    [Fact]
    public void A_file_without_the_special_tokens_is_refused()
    {
        Assert.Throws<InvalidDataException>(() => Vocabulary.Read(new StringReader("a\nb\n")));
    }
}
