using MergeResolver.Features;

namespace MergeResolver.Core.Tests.Features;

public sealed class PiecesTests
{
    [Fact]
    public void Identifiers_are_cut_at_camel_case_underscore_and_digit_boundaries()
    {
        Assert.Equal(["Get", "User", "Name", "2", "(", "_", "items", ")", ";"], Pieces.Of("GetUserName2(_items);"));
    }

    [Fact]
    public void An_acronym_stays_whole_before_the_next_word()
    {
        Assert.Equal(["Parse", "XML", "Reader"], Pieces.Of("ParseXMLReader"));
    }

    [Fact]
    public void Comments_and_strings_are_cut_into_words_and_white_space_is_dropped()
    {
        Assert.Equal(["/", "/", "fix", "bug", "\"", "a", "b", "\""], Pieces.Of("// fix   bug\n\"a  b\""));
    }
}
