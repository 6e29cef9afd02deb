using MergeResolver.Patterns;

namespace MergeResolver.Core.Tests.Patterns;

public sealed class StructuredCandidatesTests
{
    [Fact]
    public void Members_added_on_both_sides_are_kept_once_each_ours_first()
    {
        string[] @base = ["    int A;\n"];
        string[] ours = ["    int A;\n", "    int B;\n"];
        string[] theirs = ["    int A;\n", "    int C;\n"];
        Assert.Equal("    int A;\n    int B;\n    int C;\n", StructuredCandidates.For(ours, @base, theirs)[0]);
    }

    [Fact]
    public void A_line_theirs_deleted_from_the_base_is_dropped_from_the_union()
    {
        string[] @base = ["    int Old;\n", "    int A;\n"];
        string[] ours = ["    int Old;\n", "    int A;\n", "    int B;\n"];
        string[] theirs = ["    int A;\n", "    int C;\n"];
        Assert.Equal("    int A;\n    int B;\n    int C;\n", StructuredCandidates.For(ours, @base, theirs)[0]);
    }

    [Fact]
    public void Sorted_using_directives_stay_sorted_with_system_first()
    {
        string[] @base = ["using System;\n", "using Shop;\n"];
        string[] ours = ["using System;\n", "using System.Linq;\n", "using Shop;\n"];
        string[] theirs = ["using System;\n", "using Shop;\n", "using Acme;\n"];
        var candidates = StructuredCandidates.For(ours, @base, theirs);
        Assert.Contains("using System;\nusing System.Linq;\nusing Acme;\nusing Shop;\n", candidates);
    }
}
