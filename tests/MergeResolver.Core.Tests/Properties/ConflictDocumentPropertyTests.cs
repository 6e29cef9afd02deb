using CsCheck;
using MergeResolver.Diff;
using MergeResolver.Merge;
using MergeResolver.Resolution;
using MergeResolver.Text;

namespace MergeResolver.Core.Tests.Properties;

/// <summary>Laws of the editor's reading of a conflicted document.</summary>
public sealed class ConflictDocumentPropertyTests
{
    private static readonly ConflictMarkers GitMerge = new() { OursLabel = "HEAD", BaseLabel = "1a2b3c4", TheirsLabel = "topic", JoinAcrossPunctuationLines = false };

    [Fact]
    public void Fix_all_in_the_editor_writes_what_resolve_writes_or_leaves_the_document_as_it_is()
    {
        var resolver = new Resolver(new ResolverOptions { Algorithm = DiffAlgorithm.Histogram, Markers = GitMerge });
        var drawer = new Resolver(new ResolverOptions { Strategy = ResolutionStrategy.Markers, Algorithm = DiffAlgorithm.Histogram, Markers = GitMerge });
        int conflicted = 0, unread = 0;
        Generators.Triple.Sample(t =>
        {
            if (new[] { t.Base, t.Ours, t.Theirs }.Any(v => v.Length > 0 && v[^1] != '\n'))
            {
                // git's markers end every side with a line break, so a version's missing final
                // newline cannot be read back out of the document (README: the editor).
                return;
            }

            var input = new MergeInput(t.Base, t.Ours, t.Theirs, "X.cs");
            var drawn = drawer.Resolve(input).Render();
            var document = ConflictDocument.Analyze(Lines.Split(drawn), "X.cs");
            if (document.Conflicts.IsEmpty)
            {
                return;
            }

            Interlocked.Increment(ref conflicted);
            var editor = document.WithConfidentResolutions();
            var resolve = ConflictedFile.Apply(drawn, resolver.Resolve(input)).Text;

            if (editor != resolve)
            {
                Assert.Equal(drawn, editor);
                Interlocked.Increment(ref unread);
            }
        }, iter: 2000);
        Assert.True(conflicted > 500, $"only {conflicted} documents had a conflict");
        Assert.True(unread * 20 < conflicted, $"{unread} of {conflicted} documents were not read back as git drew them");
    }
}
