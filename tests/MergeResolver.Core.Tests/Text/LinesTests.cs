using MergeResolver.Text;

namespace MergeResolver.Core.Tests.Text;

public sealed class LinesTests
{
    [Fact]
    public void Each_line_keeps_its_own_terminator_and_a_last_line_without_one_stays_so()
    {
        Assert.Equal(["a\r\n", "b\n", "c"], Lines.Split("a\r\nb\nc"));
    }

    [Fact]
    public void A_lone_carriage_return_does_not_end_a_line_as_in_git()
    {
        Assert.Equal(["a\rb\n"], Lines.Split("a\rb\n"));
    }

    [Fact]
    public void Empty_text_has_no_lines()
    {
        Assert.Empty(Lines.Split(string.Empty));
    }
}
