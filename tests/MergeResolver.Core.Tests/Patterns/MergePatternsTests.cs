using MergeResolver.Patterns;

namespace MergeResolver.Core.Tests.Patterns;

public sealed class MergePatternsTests
{
    private static readonly MergePatterns.Side Ours = MergePatterns.Side.Of(["keep\n", "o\n"]);
    private static readonly MergePatterns.Side Base = MergePatterns.Side.Of(["keep\n"]);
    private static readonly MergePatterns.Side Theirs = MergePatterns.Side.Of(["keep\n", "t\n"]);

    [Theory]
    [InlineData(MergePattern.Ours, "keep\no\n")]
    [InlineData(MergePattern.Theirs, "keep\nt\n")]
    [InlineData(MergePattern.Base, "keep\n")]
    [InlineData(MergePattern.OursThenTheirs, "keep\no\nkeep\nt\n")]
    [InlineData(MergePattern.TheirsThenOurs, "keep\nt\nkeep\no\n")]
    [InlineData(MergePattern.OursWithoutBase, "o\n")]
    [InlineData(MergePattern.TheirsWithoutBase, "t\n")]
    [InlineData(MergePattern.OursThenTheirsWithoutBase, "o\nt\n")]
    [InlineData(MergePattern.TheirsThenOursWithoutBase, "t\no\n")]
    [InlineData(MergePattern.Empty, "")]
    public void Each_pattern_builds_its_text_from_the_sides(MergePattern pattern, string expected)
    {
        Assert.Equal(expected, MergePatterns.Apply(pattern, Ours, Base, Theirs));
    }

    [Fact]
    public void Units_are_compared_by_key_and_written_as_text()
    {
        var ours = new MergePatterns.Side(["a", "b"], [" a", "\n  b"]);
        var bas = new MergePatterns.Side(["a"], ["a"]);
        Assert.Equal("\n  b", MergePatterns.Apply(MergePattern.OursWithoutBase, ours, bas, bas));
    }
}
