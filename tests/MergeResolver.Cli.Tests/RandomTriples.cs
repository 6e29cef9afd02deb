namespace MergeResolver.Cli.Tests;

/// <summary>
/// Random merge triples: a base drawn from a small pool of lines (so that lines repeat, as braces
/// and blank lines do in code) and two sides made from it by random insertions, deletions and edits.
/// Some lines end in CRLF and some files lack a final newline.
/// </summary>
internal static class RandomTriples
{
    private static readonly string[] Pool =
    [
        "{", "}", "", "return x;", "int a = 1;", "int b = 2;", "// comment", "if (a) {", "else", "foo();", "bar();",
        "public void M()", "    x++;", "using System;", "#region", "#endregion", "  ", "end",
    ];

    public static (string Base, string Ours, string Theirs) Next(Random random)
    {
        string eol = random.Next(10) == 0 ? "\r\n" : "\n";
        var baseLines = new List<string>();
        int n = random.Next(0, 40);
        for (int i = 0; i < n; i++)
        {
            baseLines.Add(Line(random, eol));
        }

        var ours = Mutate(baseLines, random, eol);
        var theirs = Mutate(baseLines, random, eol);
        return (Join(baseLines, random), Join(ours, random), Join(theirs, random));
    }

    private static string Line(Random random, string eol)
    {
        var text = random.Next(4) == 0 ? $"line {random.Next(30)}" : Pool[random.Next(Pool.Length)];
        return text + (random.Next(25) == 0 ? "\r\n" : eol);
    }

    private static List<string> Mutate(List<string> lines, Random random, string eol)
    {
        var result = new List<string>(lines);
        int edits = random.Next(0, 6);
        for (int e = 0; e < edits; e++)
        {
            int at = random.Next(result.Count + 1);
            switch (random.Next(3))
            {
                case 0:
                    for (int k = random.Next(1, 4); k > 0; k--)
                    {
                        result.Insert(at, Line(random, eol));
                    }

                    break;
                case 1 when at < result.Count:
                    result.RemoveRange(at, Math.Min(random.Next(1, 4), result.Count - at));
                    break;
                default:
                    if (at < result.Count)
                    {
                        result[at] = Line(random, eol);
                    }

                    break;
            }
        }

        return result;
    }

    /// <summary>Joins lines; one file in eight loses its final newline.</summary>
    private static string Join(List<string> lines, Random random)
    {
        var text = string.Concat(lines);
        if (text.Length > 0 && random.Next(8) == 0)
        {
            text = text.TrimEnd('\n').TrimEnd('\r');
        }

        return text;
    }
}
