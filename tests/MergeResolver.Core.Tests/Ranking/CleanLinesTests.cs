using MergeResolver.Ranking;
using MergeResolver.Resolution;

namespace MergeResolver.Core.Tests.Ranking;

public sealed class CleanLinesTests
{
    private static string File(string first, string last) =>
        $"class C\n{{\n    void A()\n    {{\n{first}    }}\n\n    void B()\n    {{\n        Keep();\n    }}\n{last}}}\n";

    private const string Block = "        Open();\n        Write(data);\n";

    private static HunkAnalysis Analyze(string b, string o, string t) =>
        new Resolver().Analyze(new MergeInput(b, o, t, "C.cs")).Hunks.Single();

    [Fact]
    public void A_hunk_reads_the_lines_the_merge_settled_around_it_whatever_their_indentation()
    {
        var hunk = Analyze(File("        One();\n", ""), File("        Uno();\n", ""), File("        Eins();\n", "")).Request.Hunk;

        Assert.True(hunk.Settled.Contains("Keep();"));
        Assert.True(hunk.Settled.Contains("  void B()\n"));
        Assert.False(hunk.Settled.Contains("        Uno();\n"));
    }

    [Fact]
    public void Lines_without_a_letter_or_digit_are_not_settled_lines()
    {
        var hunk = Analyze(File("        One();\n", ""), File("        Uno();\n", ""), File("        Eins();\n", "")).Request.Hunk;

        Assert.False(hunk.Settled.Contains("    }\n"));
        Assert.False(hunk.Settled.Contains("\n"));
    }

    [Fact]
    public void A_side_that_moved_the_lines_the_other_edited_is_told_from_one_that_deleted_them()
    {
        var b = File(Block, "");
        var theirs = File("        Open();\n        Write(data, flush: true);\n", "");
        var moved = Analyze(b, File("", "\n    void Moved()\n    {\n" + Block + "    }\n"), theirs).Request.Features;
        // The same number of lines elsewhere, so that only where they stand tells the two apart.
        var deleted = Analyze(b, File("", "\n    void Other()\n    {\n        Else();\n        Flush();\n    }\n"), theirs).Request.Features;

        Assert.Equal(moved.Length, deleted.Length);
        Assert.All(Enumerable.Range(0, moved.Length), k => Assert.NotEqual(moved[k], deleted[k]));
    }
}
