using CsCheck;

namespace MergeResolver.Core.Tests.Properties;

/// <summary>
/// Hunks of C# statements, comments and directives, and two sides edited from them token by token and
/// line by line (words replaced, arguments inserted, lines inserted, deleted and re-indented), so that
/// most triples give the token merge something to combine.
/// </summary>
internal static class CSharpTriples
{
    private static readonly string[] Statements =
    [
        "Save(1);", "Init();", "Finish(order, 2);", "var x = Compute(a, b);", "return total;", "// persist the value",
        "if (ready) Run();", "#if DEBUG", "#endif", "Log(\"done\");", "items.Add(item);", "await Send(name).ConfigureAwait(false);",
        "/* keep */ Count++;", "{", "}", "x = y + z;", "using System.Linq;",
    ];

    private static readonly string[] Words = ["a", "b", "order", "total", "Save", "Load", "x", "2", "42", "name", "item", "null", "true"];

    private static readonly string[] Indents = ["", "    ", "        ", "\t"];

    /// <summary>A base and two sides, each a few lines.</summary>
    public static Gen<(string Base, string Ours, string Theirs)> Triple { get; } =
        Gen.Int.Select(seed =>
        {
            var random = new Random(seed);
            string newline = random.Next(4) == 0 ? "\r\n" : "\n";
            var lines = Enumerable.Range(0, random.Next(1, 6)).Select(_ => Indents[random.Next(Indents.Length)] + Pick(random, Statements)).ToList();
            return (Join(lines, newline), Join(Edit(lines, random), random.Next(6) == 0 ? "\r\n" : newline), Join(Edit(lines, random), newline));
        });

    private static string Join(List<string> lines, string newline) => string.Concat(lines.Select(l => l + newline));

    private static List<string> Edit(List<string> lines, Random random)
    {
        var result = new List<string>();
        foreach (var line in lines)
        {
            switch (random.Next(8))
            {
                case 0:
                    result.Add(Indents[random.Next(Indents.Length)] + Pick(random, Statements));
                    result.Add(line);
                    break;
                case 1:
                    break;
                case 2:
                case 3:
                    result.Add(ReplaceWord(line, random));
                    break;
                case 4:
                    result.Add(InsertWord(line, random));
                    break;
                case 5:
                    result.Add(Indents[random.Next(Indents.Length)] + line.TrimStart());
                    break;
                default:
                    result.Add(line);
                    break;
            }
        }

        if (result.SequenceEqual(lines))
        {
            result.Add(Pick(random, Statements));
        }

        return result;
    }

    private static string ReplaceWord(string line, Random random)
    {
        var words = WordStarts(line);
        if (words.Count == 0)
        {
            return line;
        }

        int start = words[random.Next(words.Count)], end = start;
        while (end < line.Length && char.IsLetterOrDigit(line[end]))
        {
            end++;
        }

        return line[..start] + Pick(random, Words) + line[end..];
    }

    private static string InsertWord(string line, Random random)
    {
        int at = line.IndexOf('(');
        return at < 0 ? line + " " + Pick(random, Words) : line[..(at + 1)] + Pick(random, Words) + ", " + line[(at + 1)..];
    }

    private static List<int> WordStarts(string line) =>
        [.. Enumerable.Range(0, line.Length).Where(i => char.IsLetterOrDigit(line[i]) && (i == 0 || !char.IsLetterOrDigit(line[i - 1])))];

    private static string Pick(Random random, string[] pool) => pool[random.Next(pool.Length)];
}
