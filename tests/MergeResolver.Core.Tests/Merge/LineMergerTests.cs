using MergeResolver.Merge;

namespace MergeResolver.Core.Tests.Merge;

public sealed class LineMergerTests
{
    [Fact]
    public void Changes_to_different_lines_merge_cleanly()
    {
        var result = LineMerger.Merge("a\nb\nc\nd\ne\n", "A\nb\nc\nd\ne\n", "a\nb\nc\nd\nE\n");
        Assert.False(result.HasConflicts);
        Assert.Equal("A\nb\nc\nd\nE\n", ConflictRenderer.Render(result.Chunks));
    }

    [Fact]
    public void Different_changes_to_the_same_line_are_a_conflict_with_all_three_sides()
    {
        var result = LineMerger.Merge("a\nx\nb\n", "a\nours\nb\n", "a\ntheirs\nb\n");
        var conflict = Assert.Single(result.Conflicts);
        Assert.Equal(["ours\n"], conflict.Ours.ToArray());
        Assert.Equal(["x\n"], conflict.Base.ToArray());
        Assert.Equal(["theirs\n"], conflict.Theirs.ToArray());
        Assert.Equal(1, conflict.OursStart);
    }

    [Fact]
    public void The_same_change_on_both_sides_is_not_a_conflict()
    {
        var result = LineMerger.Merge("a\nx\nb\n", "a\ny\nb\n", "a\ny\nb\n");
        Assert.Equal("a\ny\nb\n", ConflictRenderer.Render(result.Chunks));
    }

    [Fact]
    public void When_one_side_changed_nothing_the_other_side_is_the_result_byte_for_byte()
    {
        var result = LineMerger.Merge("a\r\nb", "a\r\nb", "a\nb\n");
        Assert.Equal("a\nb\n", ConflictRenderer.Render(result.Chunks));
    }

    [Fact]
    public void Conflict_markers_follow_the_files_crlf_line_endings()
    {
        var result = LineMerger.Merge("a\r\nx\r\nb\r\n", "a\r\no\r\nb\r\n", "a\r\nt\r\nb\r\n");
        Assert.Equal(
            "a\r\n<<<<<<< ours\r\no\r\n||||||| base\r\nx\r\n=======\r\nt\r\n>>>>>>> theirs\r\nb\r\n",
            ConflictRenderer.Render(result.Chunks));
    }

    [Fact]
    public void A_side_ending_without_newline_gets_one_before_the_next_marker()
    {
        var result = LineMerger.Merge("a\nx", "a\no", "a\nt");
        Assert.Equal("a\n<<<<<<< ours\no\n||||||| base\nx\n=======\nt\n>>>>>>> theirs\n", ConflictRenderer.Render(result.Chunks));
    }

    [Fact]
    public void Merge_style_narrows_a_conflict_to_the_lines_the_sides_disagree_on()
    {
        var options = new LineMergeOptions { Style = ConflictStyle.Merge };
        var result = LineMerger.Merge("a\nb\nc\n", "a\nB\nsame\nc\n", "a\nb2\nsame\nc\n", options);
        Assert.Equal(
            "a\n<<<<<<< ours\nB\n=======\nb2\n>>>>>>> theirs\nsame\nc\n",
            ConflictRenderer.Render(result.Chunks, new ConflictMarkers { Style = ConflictStyle.Merge }));
    }

    [Fact]
    public void Zdiff3_moves_lines_common_to_both_sides_out_of_the_conflict()
    {
        var options = new LineMergeOptions { Style = ConflictStyle.ZealousDiff3 };
        var result = LineMerger.Merge("a\nb\nc\n", "a\nsame\nB\nc\n", "a\nsame\nb2\nc\n", options);
        Assert.Equal(
            "a\nsame\n<<<<<<< ours\nB\n||||||| base\nb\n=======\nb2\n>>>>>>> theirs\nc\n",
            ConflictRenderer.Render(result.Chunks, new ConflictMarkers { Style = ConflictStyle.ZealousDiff3 }));
    }

    [Fact]
    public void Restyling_a_diff3_conflict_as_merge_style_gives_what_the_merge_style_gives()
    {
        const string b = "a\nb\nc\n", o = "a\nB\nsame\nc\n", t = "a\nb2\nsame\nc\n";
        var whole = LineMerger.Merge(b, o, t);
        var restyled = LineMerger.Restyle(whole, Assert.Single(whole.Conflicts), new ConflictMarkers { Style = ConflictStyle.Merge });
        var merge = LineMerger.Merge(b, o, t, new LineMergeOptions { Style = ConflictStyle.Merge }).Chunks.Skip(1);
        var markers = new ConflictMarkers { Style = ConflictStyle.Merge };
        Assert.Equal(ConflictRenderer.Render(merge, markers), ConflictRenderer.Render(restyled, markers) + "c\n");
    }
}
