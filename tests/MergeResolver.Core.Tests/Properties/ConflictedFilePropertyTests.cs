using CsCheck;
using MergeResolver.Merge;
using MergeResolver.Resolution;

namespace MergeResolver.Core.Tests.Properties;

/// <summary>Laws of applying a resolved merge to the file as the user has it.</summary>
public sealed class ConflictedFilePropertyTests
{
    private static readonly ConflictMarkers GitMerge = new() { Style = ConflictStyle.Merge, OursLabel = "HEAD", TheirsLabel = "topic", JoinAcrossPunctuationLines = false };

    [Fact]
    public void A_file_as_git_drew_it_becomes_exactly_the_rendered_resolution()
    {
        var resolver = new Resolver(new ResolverOptions { Markers = GitMerge });
        var drawer = new Resolver(new ResolverOptions { Strategy = ResolutionStrategy.Markers, Markers = GitMerge });
        Generators.Triple.Sample(t =>
        {
            var input = new MergeInput(t.Base, t.Ours, t.Theirs, "X.cs");
            var merge = resolver.Resolve(input);
            Assert.Equal(merge.Render(), ConflictedFile.Apply(drawer.Resolve(input).Render(), merge).Text);
        }, iter: 2000);
    }

    [Fact]
    public void A_region_the_user_rewrote_is_kept_and_every_other_region_gets_its_resolution()
    {
        var resolver = new Resolver(new ResolverOptions { Markers = GitMerge });
        int rewritten = 0;
        Gen.Select(Generators.Triple, Gen.Int[0, 1000]).Sample((t, pick) =>
        {
            var merge = resolver.Resolve(new MergeInput(t.Base, t.Ours, t.Theirs, "X.cs"));
            var segments = merge.Segments();
            var regions = Enumerable.Range(0, segments.Count).Where(i => segments[i].IsConflict).ToList();
            if (regions.Count == 0)
            {
                return;
            }

            Interlocked.Increment(ref rewritten);
            int mine = regions[pick % regions.Count];
            const string byHand = "resolved by hand();\n";
            var current = string.Concat(segments.Select((s, i) => i == mine ? byHand : s.AsDrawn));
            var expected = string.Concat(segments.Select((s, i) => i == mine ? byHand : s.Resolution ?? s.AsDrawn));
            var update = ConflictedFile.Apply(current, merge);
            if (!update.AlreadyResolved)
            {
                Assert.Equal(expected, update.Text);
            }
        }, iter: 2000);
        Assert.True(rewritten > 500, $"only {rewritten} files had a region to rewrite");
    }
}
