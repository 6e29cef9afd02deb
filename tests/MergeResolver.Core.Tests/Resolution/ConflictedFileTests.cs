using MergeResolver.Merge;
using MergeResolver.Resolution;

namespace MergeResolver.Core.Tests.Resolution;

public sealed class ConflictedFileTests
{
    private static readonly ConflictMarkers GitMerge = new() { Style = ConflictStyle.Merge, OursLabel = "HEAD", TheirsLabel = "topic", JoinAcrossPunctuationLines = false };

    // Two conflicts git draws apart: the token merge resolves the first, the second changes one token on both sides.
    private const string Base = "class C\n{\n    void M()\n    {\n        Log(a, b);\n    }\n\n    int N()\n    {\n        return 1;\n    }\n}\n";
    private static readonly string Ours = Base.Replace("Log(a", "Trace(a", StringComparison.Ordinal).Replace("return 1", "return 2", StringComparison.Ordinal);
    private static readonly string Theirs = Base.Replace("b);", "c);", StringComparison.Ordinal).Replace("return 1", "return 3", StringComparison.Ordinal);

    private static ResolvedMerge Resolve(string b, string o, string t, ConflictMarkers? markers = null) =>
        new Resolver(new ResolverOptions { Markers = markers ?? GitMerge }).Resolve(new MergeInput(b, o, t, "C.cs"));

    private static string Drawn(string b, string o, string t, ConflictMarkers? markers = null) =>
        new Resolver(new ResolverOptions { Strategy = ResolutionStrategy.Markers, Markers = markers ?? GitMerge }).Resolve(new MergeInput(b, o, t, "C.cs")).Render();

    [Fact]
    public void A_file_as_git_wrote_it_gets_the_resolved_merge()
    {
        var merge = Resolve(Base, Ours, Theirs);
        var update = ConflictedFile.Apply(Drawn(Base, Ours, Theirs), merge);
        Assert.Equal(merge.Render(), update.Text);
        Assert.Equal(1, update.Applied);
    }

    [Fact]
    public void A_region_the_user_resolved_stays_and_the_other_is_resolved()
    {
        var drawn = Drawn(Base, Ours, Theirs);
        var second = ConflictMarkerParser.Parse(drawn)[1];
        var lines = MergeResolver.Text.Lines.Split(drawn);
        var mine = string.Concat(lines[..second.StartLine]) + "        return 7;\n" + string.Concat(lines[second.EndLine..]);

        var update = ConflictedFile.Apply(mine, Resolve(Base, Ours, Theirs));

        Assert.Equal(Base.Replace("Log(a, b)", "Trace(a, c)", StringComparison.Ordinal).Replace("return 1", "return 7", StringComparison.Ordinal), update.Text);
    }

    [Fact]
    public void A_region_the_user_edited_is_kept_with_the_reason()
    {
        var drawn = Drawn(Base, Ours, Theirs);
        var edited = drawn.Replace("Trace(a, b)", "Trace(a, d)", StringComparison.Ordinal);

        var update = ConflictedFile.Apply(edited, Resolve(Base, Ours, Theirs));

        Assert.Equal(edited, update.Text);
        Assert.Equal("kept: its conflict was changed by hand after git wrote it", update.Hunks[0].Explanation);
        Assert.Equal(0, update.Applied);
    }

    [Fact]
    public void A_file_without_markers_is_already_resolved_and_unchanged()
    {
        var update = ConflictedFile.Apply(Ours, Resolve(Base, Ours, Theirs));
        Assert.True(update.AlreadyResolved);
        Assert.Equal(Ours, update.Text);
        Assert.Equal(0, update.Applied);
    }

    [Fact]
    public void Lines_the_user_added_or_removed_elsewhere_move_the_region_and_stay()
    {
        var drawn = Drawn(Base, Ours, Theirs);
        var edited = "// reviewed\n" + drawn.Replace("    int N()\n", "    int N() // count\n", StringComparison.Ordinal);

        var update = ConflictedFile.Apply(edited, Resolve(Base, Ours, Theirs));

        Assert.Equal(Resolve(Base, Ours, Theirs).Render().Insert(0, "// reviewed\n").Replace("    int N()\n", "    int N() // count\n", StringComparison.Ordinal), update.Text);
    }
}
