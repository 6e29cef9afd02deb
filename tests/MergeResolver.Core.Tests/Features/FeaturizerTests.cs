using MergeResolver.Features;

namespace MergeResolver.Core.Tests.Features;

public sealed class FeaturizerTests
{
    private static readonly Vocabulary Vocabulary = Vocabulary.Learn(["int x = 1 ; int y = 2 ; return x ;"], size: 64);

    private static ushort Id(string piece) => Vocabulary.IdOf(piece);

    [Fact]
    public void A_side_is_aligned_with_the_base_piece_by_piece_between_its_context()
    {
        var features = new Featurizer(Vocabulary).Featurize(["int y = 2;\n"], ["x = 2;\n"], ["x = 1;\n"], ["return x;\n"], ["return y;\n"]);

        Assert.Equal(
            [Vocabulary.Start, Id("int"), Id("y"), Id("="), Id("2"), Id(";"), Vocabulary.Separator,
             Id("x"), Id("="), Id("2"), Id("1"), Id(";"), Vocabulary.Separator, Id("return"), Id("y"), Id(";")],
            features.OursTokens.ToArray());
        Assert.Equal(
            [EditKind.Context, EditKind.Context, EditKind.Context, EditKind.Context, EditKind.Context, EditKind.Context, EditKind.Context,
             EditKind.Equal, EditKind.Equal, EditKind.ReplacedBySide, EditKind.ReplacedInBase, EditKind.Equal,
             EditKind.Context, EditKind.Context, EditKind.Context, EditKind.Context],
            features.OursEdits.ToArray());
        Assert.Equal(
            [EditKind.Inserted, EditKind.Equal, EditKind.Deleted, EditKind.Deleted, EditKind.Equal],
            features.TheirsEdits.Skip(7).Take(5));
    }

    [Fact]
    public void Featurizing_twice_gives_the_same_features()
    {
        var featurizer = new Featurizer(Vocabulary);
        var a = featurizer.Featurize(["int y = 2;\n"], ["x = 2;\n"], ["x = 1;\n"], ["x = 3;\n"], []);
        var b = featurizer.Featurize(["int y = 2;\n"], ["x = 2;\n"], ["x = 1;\n"], ["x = 3;\n"], []);
        Assert.Equal(a.OursTokens.ToArray(), b.OursTokens.ToArray());
        Assert.Equal(a.TheirsEdits.ToArray(), b.TheirsEdits.ToArray());
    }

    [Fact]
    public void A_long_conflict_is_cut_to_the_maximum_length_around_its_middle_without_context()
    {
        var lines = Enumerable.Range(0, 100).Select(i => $"int v{i} = {i};\n").ToList();
        var features = new Featurizer(Vocabulary, maxLength: 32).Featurize(["return x;\n"], lines, [], ["x"], ["return y;\n"]);
        Assert.Equal(32, features.OursTokens.Length);
        Assert.Equal(Vocabulary.Separator, features.OursTokens[1]);
        Assert.Equal(Vocabulary.Separator, features.OursTokens[^1]);
    }

    [Fact]
    public void Context_fills_the_room_left_by_a_short_conflict_evenly_on_both_sides()
    {
        var context = Enumerable.Repeat("int x = 1;\n", 20).ToList();
        var features = new Featurizer(Vocabulary, maxLength: 23).Featurize(context, ["x\n"], ["y\n"], ["x\n"], context);
        int before = features.OursTokens.IndexOf(Vocabulary.Separator) - 1;
        int after = features.OursTokens.Length - features.OursTokens.LastIndexOf(Vocabulary.Separator) - 1;
        Assert.Equal(23, features.OursTokens.Length);
        Assert.Equal((9, 9), (before, after));
    }
}
