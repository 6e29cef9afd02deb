using MergeResolver.Merge;
using MergeResolver.Patterns;
using MergeResolver.Resolution;

namespace MergeResolver.Core.Tests.Resolution;

public sealed class ConflictCandidatesTests
{
    private static readonly string[] Document =
    [
        "class C\n", "{\n", "    void M()\n", "    {\n",
        "<<<<<<< HEAD\n", "        Trace(a, b);\n", "||||||| base\n", "        Log(a, b);\n", "=======\n", "        Log(a, c);\n", ">>>>>>> feature\n",
        "    }\n", "}\n",
    ];

    [Fact]
    public void The_token_merge_comes_first_then_the_plain_patterns()
    {
        var conflict = ConflictMarkerParser.Parse(Document).Single();
        var candidates = ConflictCandidates.For(conflict, Document, "C.cs");
        Assert.Equal("        Trace(a, c);\n", candidates[0].Text);
        Assert.Null(candidates[0].Pattern);
        Assert.Equal([MergePattern.Ours, MergePattern.Theirs, MergePattern.Base, MergePattern.OursThenTheirs, MergePattern.TheirsThenOurs], candidates.Skip(1).Select(c => c.Pattern!.Value));
    }

    [Fact]
    public void A_cancelled_editor_request_stops_instead_of_merging()
    {
        var conflict = ConflictMarkerParser.Parse(Document).Single();
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        Assert.ThrowsAny<OperationCanceledException>(() => ConflictCandidates.For(conflict, Document, "C.cs", cancelled.Token));
    }
}
