using MergeResolver.Ranking;
using MergeResolver.Resolution;

namespace MergeResolver.Core.Tests.Ranking;

public sealed class CandidateGeneratorTests
{
    private const string Head = "class C\n{\n    void M()\n    {\n";
    private const string Tail = "    }\n}\n";

    private static HunkAnalysis Analyze(string b, string o, string t, string path = "C.cs") =>
        new Resolver().Analyze(new MergeInput(Head + b + Tail, Head + o + Tail, Head + t + Tail, path)).Hunks.Single();

    [Fact]
    public void Candidates_start_with_ours_and_theirs_and_hold_the_token_merge()
    {
        var candidates = Analyze("        Log(a, b);\n", "        Trace(a, b);\n", "        Log(a, c);\n").Request.Candidates;
        Assert.Equal("        Trace(a, b);\n", candidates[0].Text);
        Assert.Equal(CandidateKinds.Ours, candidates[0].Kinds & CandidateKinds.Ours);
        Assert.Equal("        Log(a, c);\n", candidates[1].Text);
        Assert.Contains(candidates, c => c.Kinds.HasFlag(CandidateKinds.TokenMerge) && c.Text == "        Trace(a, c);\n");
    }

    [Fact]
    public void Ways_that_give_the_same_text_are_one_candidate_with_every_kind()
    {
        // Ours shares no line with the base, so "ours without the base" is ours itself.
        var candidates = Analyze("        A();\n", "        B();\n", "        C();\n").Request.Candidates;
        Assert.Equal(candidates.Length, candidates.Select(c => c.Text).Distinct().Count());
        var ours = candidates.Single(c => c.Kinds.HasFlag(CandidateKinds.Ours));
        Assert.True(ours.Kinds.HasFlag(CandidateKinds.OursWithoutBase));
    }

    [Fact]
    public void Sides_with_the_same_tokens_mark_ours_as_the_white_space_candidate()
    {
        var ours = Analyze("        Log(a,b);\n", "        Log(a, b);\n", "        Log( a, b );\n").Request.Candidates[0];
        Assert.Equal(CandidateKinds.Ours | CandidateKinds.SameTokens, ours.Kinds & (CandidateKinds.Ours | CandidateKinds.SameTokens));
    }

    [Fact]
    public void A_candidate_that_adds_syntax_errors_is_vetoed_and_ours_never_is()
    {
        var candidates = Analyze("        if (a) X(); Y();\n", "        if (a) X(); else Z(); Y();\n", "        X(); Y();\n").Request.Candidates;
        Assert.False(candidates[0].IsVetoed);
        Assert.Contains(candidates, c => c.IsVetoed);
    }

    [Fact]
    public void A_token_merge_with_conflicts_left_offers_them_resolved_by_ours_and_by_theirs()
    {
        var candidates = Analyze("        F(1, a);\n", "        F(2, b);\n", "        F(3, a);\n").Request.Candidates;
        Assert.Contains(candidates, c => c.Kinds.HasFlag(CandidateKinds.TokenMergeOurs));
        Assert.Contains(candidates, c => c.Kinds.HasFlag(CandidateKinds.TokenMergeTheirs) && c.Text == "        F(3, b);\n");
    }

    [Fact]
    public void Every_candidate_has_the_features_the_model_reads()
    {
        var request = Analyze("        Log(a, b);\n", "        Trace(a, b);\n", "        Log(a, c);\n").Request;
        Assert.Equal(request.Candidates.Length, request.Features.Length);
        Assert.All(request.Features, f => Assert.Equal(CandidateFeatures.Count, f.Length));
    }

    [Fact]
    public void Outside_csharp_no_candidate_merges_inside_lines()
    {
        var candidates = Analyze("x = 1\n", "x = 2\n", "y = 0\nx = 1\n", "notes.txt").Request.Candidates;
        Assert.DoesNotContain(candidates, c => (c.Kinds & (CandidateKinds.TokenMerge | CandidateKinds.TokenMergeOurs | CandidateKinds.TokenMergeTheirs | CandidateKinds.Union)) != 0);
    }
}
