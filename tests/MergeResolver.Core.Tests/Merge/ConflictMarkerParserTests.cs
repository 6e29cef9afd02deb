using MergeResolver.Merge;

namespace MergeResolver.Core.Tests.Merge;

public sealed class ConflictMarkerParserTests
{
    [Fact]
    public void Diff3_markers_give_all_three_sides_and_their_labels()
    {
        var conflict = Assert.Single(ConflictMarkerParser.Parse("a\n<<<<<<< HEAD\no\n||||||| base\nx\n=======\nt\n>>>>>>> topic\nb\n"));
        Assert.Equal((1, 8), (conflict.StartLine, conflict.EndLine));
        Assert.Equal(["o\n"], conflict.Ours.ToArray());
        Assert.Equal(["x\n"], conflict.Base.ToArray());
        Assert.Equal(["t\n"], conflict.Theirs.ToArray());
        Assert.Equal(("HEAD", "base", "topic"), (conflict.OursLabel, conflict.BaseLabel, conflict.TheirsLabel));
        Assert.True(conflict.HasBase);
    }

    [Fact]
    public void Two_way_markers_have_no_base()
    {
        var conflict = Assert.Single(ConflictMarkerParser.Parse("<<<<<<< ours\r\no\r\n=======\r\nt\r\n>>>>>>> theirs\r\n"));
        Assert.False(conflict.HasBase);
        Assert.Empty(conflict.Base);
        Assert.Equal(["t\r\n"], conflict.Theirs.ToArray());
    }

    [Fact]
    public void An_opening_marker_that_is_never_closed_is_not_a_conflict()
    {
        Assert.Empty(ConflictMarkerParser.Parse("<<<<<<< ours\no\n=======\nt\n"));
    }

    [Fact]
    public void Longer_markers_are_read_with_their_size()
    {
        var conflict = Assert.Single(ConflictMarkerParser.Parse("<<<<<<<<<< a\no\n==========\nt\n>>>>>>>>>> b\n"));
        Assert.Equal(10, conflict.MarkerSize);
    }

    [Fact]
    public void Rendered_conflicts_parse_back_to_the_same_sides()
    {
        var merge = LineMerger.Merge("a\nx\nb\ny\n", "a\no\nb\no2\n", "a\nt\nb\nt2\n");
        var parsed = ConflictMarkerParser.Parse(ConflictRenderer.Render(merge.Chunks));
        Assert.Equal(merge.Conflicts.Select(c => (c.Ours, c.Base, c.Theirs)).Select(x => string.Concat(x.Ours) + string.Concat(x.Base) + string.Concat(x.Theirs)),
            parsed.Select(p => string.Concat(p.Ours) + string.Concat(p.Base) + string.Concat(p.Theirs)));
    }
}
