using CsCheck;

namespace MergeResolver.Core.Tests.Properties;

/// <summary>Texts built from a small pool of lines, so that lines repeat as braces and blank lines do in code.</summary>
internal static class Generators
{
    private static readonly string[] Pool =
    [
        "{\n", "}\n", "\n", "return x;\n", "int a = 1;\n", "int b = 2;\n", "// note\n", "if (a) {\n", "foo(a, b);\n",
        "bar();\r\n", "x = y + z;\n", "    indented();\n", "end",
    ];

    public static Gen<string> Text { get; } =
        Gen.Int[0, Pool.Length - 1].Select(i => Pool[i]).Array[0, 30].Select(lines => string.Concat(lines));

    /// <summary>A base and two sides derived from it by random edits, so that they share most lines.</summary>
    public static Gen<(string Base, string Ours, string Theirs)> Triple { get; } =
        Gen.Int[0, Pool.Length - 1].Select(i => Pool[i]).Array[0, 30].SelectMany(lines =>
            Gen.Select(Edit(lines), Edit(lines), (o, t) => (string.Concat(lines), o, t)));

    private static Gen<string> Edit(string[] lines) =>
        Gen.Select(Gen.Int[0, Pool.Length - 1].Array[lines.Length + 1], Gen.Int[0, 5].Array[lines.Length + 1], (replacement, action) =>
        {
            var result = new List<string>();
            for (int i = 0; i <= lines.Length; i++)
            {
                if (action[i] == 0)
                {
                    result.Add(Pool[replacement[i]]);
                }

                if (i < lines.Length && action[i] != 1)
                {
                    result.Add(action[i] == 2 ? Pool[replacement[i]] : lines[i]);
                }
            }

            return string.Concat(result);
        });
}
