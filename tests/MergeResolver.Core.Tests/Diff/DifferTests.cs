using MergeResolver.Diff;

namespace MergeResolver.Core.Tests.Diff;

public sealed class DifferTests
{
    [Theory]
    [InlineData(DiffAlgorithm.Myers)]
    [InlineData(DiffAlgorithm.Histogram)]
    public void Equal_sequences_have_no_edits(DiffAlgorithm algorithm)
    {
        Assert.Empty(Differ.Diff([1, 2, 3], [1, 2, 3], algorithm));
    }

    [Theory]
    [InlineData(DiffAlgorithm.Myers)]
    [InlineData(DiffAlgorithm.Histogram)]
    public void A_replaced_element_is_one_edit_of_one_element_each_side(DiffAlgorithm algorithm)
    {
        Assert.Equal([new Edit(1, 1, 1, 1)], Differ.Diff([1, 2, 3], [1, 9, 3], algorithm));
    }

    [Fact]
    public void An_insertion_among_repeated_elements_slides_down_as_far_as_it_can_like_git()
    {
        Assert.Equal([new Edit(2, 0, 2, 1)], Differ.Diff([7, 8], [7, 8, 8]));
    }

    [Fact]
    public void Histogram_anchors_on_the_rarest_common_element()
    {
        // "5" occurs once on each side and stays matched; the frequent "1" lines move around it.
        var edits = Differ.Diff([1, 5, 1, 1], [1, 1, 5, 1], DiffAlgorithm.Histogram);
        Assert.Equal([new Edit(1, 0, 1, 1), new Edit(3, 1, 4, 0)], edits);
    }
}
