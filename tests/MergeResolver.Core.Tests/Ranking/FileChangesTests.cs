using MergeResolver.Ranking;
using MergeResolver.Resolution;

namespace MergeResolver.Core.Tests.Ranking;

public sealed class FileChangesTests
{
    private static string File(string first, string second, string third) =>
        $"class C\n{{\n    void A()\n    {{\n{first}    }}\n\n    void B()\n    {{\n        Keep();\n    }}\n\n    void D()\n    {{\n{second}    }}\n\n    void E()\n    {{\n        Keep();\n    }}\n\n    void G()\n    {{\n{third}    }}\n}}\n";

    private static IReadOnlyList<FileChanges> ChangesOf(string b, string o, string t) =>
        [.. new Resolver().Analyze(new MergeInput(b, o, t, "C.cs")).Hunks.Select(h => h.Request.Hunk.File)];

    [Fact]
    public void A_hunk_knows_the_lines_each_side_alone_changed_elsewhere_in_the_file()
    {
        var b = File("        One();\n", "        Two();\n", "        Three();\n");
        var o = File("        Uno();\n", "        Two();\n", "        Tres();\n        Cuatro();\n");
        var t = File("        Eins();\n", "        Two();\n", "        Three();\n");

        var changes = ChangesOf(b, o, t).Single();

        Assert.Equal(new FileChanges(OursClean: 2, TheirsClean: 0, OtherHunks: 0, OursInOtherHunks: 0, TheirsInOtherHunks: 0), changes);
    }

    [Fact]
    public void A_hunk_knows_how_each_side_changed_the_file_s_other_hunks()
    {
        var b = File("        One();\n", "        Two();\n", "        Three();\n");
        var o = File("        Uno();\n", "        Dos();\n        Dos();\n", "        Three();\n");
        var t = File("        Eins();\n", "        Zwei();\n", "        Three();\n");

        var changes = ChangesOf(b, o, t);

        Assert.Equal(new FileChanges(0, 0, 1, OursInOtherHunks: 2, TheirsInOtherHunks: 1), changes[0]);
        Assert.Equal(new FileChanges(0, 0, 1, OursInOtherHunks: 1, TheirsInOtherHunks: 1), changes[1]);
    }

    [Fact]
    public void Which_side_changed_the_rest_of_the_file_is_a_feature_of_every_candidate()
    {
        var b = File("        One();\n", "        Two();\n", "        Three();\n");
        var oursElsewhere = new Resolver().Analyze(new MergeInput(b, File("        Uno();\n", "        Dos();\n", "        Three();\n"), File("        Eins();\n", "        Two();\n", "        Three();\n"), "C.cs"));
        var theirsElsewhere = new Resolver().Analyze(new MergeInput(b, File("        Uno();\n", "        Two();\n", "        Three();\n"), File("        Eins();\n", "        Zwei();\n", "        Three();\n"), "C.cs"));

        var ours = oursElsewhere.Hunks.Single().Request.Features;
        var theirs = theirsElsewhere.Hunks.Single().Request.Features;

        Assert.Equal(ours.Length, theirs.Length);
        Assert.All(Enumerable.Range(0, ours.Length), k => Assert.NotEqual(ours[k], theirs[k]));
    }
}
