using System.Text;

namespace MergeResolver.Cli.Benchmarking;

/// <summary>
/// Generated, deterministic merge inputs: a typical C# file, and the pathological cases a merge
/// tool must survive in bounded time and memory.
/// </summary>
internal static class Workloads
{
    public static IReadOnlyList<Workload> All() =>
    [
        Typical(),
        LargeFileScatteredEdits(),
        SingleLineFiveMegabytes(),
        TenThousandConflicts(),
        DeeplyNested(),
    ];

    /// <summary>A 1,000-line C# file; each side edits 20 lines, 10 of them the same lines (half of those different tokens).</summary>
    public static Workload Typical()
    {
        var random = new Random(1);
        var lines = CSharpLines(1000, random);
        var ours = lines.ToArray();
        var theirs = lines.ToArray();
        for (int k = 0; k < 10; k++)
        {
            int shared = 40 + (k * 90);
            ours[shared] = lines[shared].Replace("value", "total", StringComparison.Ordinal);
            theirs[shared] = k % 2 == 0 ? lines[shared].Replace("+ 1", "+ 2", StringComparison.Ordinal) : lines[shared].Replace("value", "sum", StringComparison.Ordinal);
            ours[shared + 20] = lines[shared + 20] + " // ours";
            theirs[shared + 50] = lines[shared + 50] + " // theirs";
        }

        return Make("typical C# file (1,000 lines, 10 conflicts)", lines, ours, theirs);
    }

    /// <summary>100,000 lines with 3,000 scattered edits on each side.</summary>
    public static Workload LargeFileScatteredEdits()
    {
        var random = new Random(2);
        var lines = CSharpLines(100_000, random);
        var ours = lines.ToArray();
        var theirs = lines.ToArray();
        for (int k = 0; k < 3000; k++)
        {
            int i = random.Next(lines.Length), j = random.Next(lines.Length);
            ours[i] = lines[i] + " // o";
            theirs[j] = lines[j] + " // t";
        }

        return Make("100,000 lines, 3,000 scattered edits a side", lines, ours, theirs);
    }

    /// <summary>One 5 MB line (an array initializer) that both sides change at different places.</summary>
    public static Workload SingleLineFiveMegabytes()
    {
        var sb = new StringBuilder("int[] data = { ");
        int n = 0;
        while (sb.Length < 5 << 20)
        {
            sb.Append(n++).Append(", ");
        }

        sb.Append("};");
        var line = sb.ToString();
        var ours = line.Replace(" 1000, ", " 1000000, ", StringComparison.Ordinal);
        var theirs = line.Replace($" {n - 10}, ", " -1, ", StringComparison.Ordinal);
        return Make("one 5 MB line", [line], [ours], [theirs]);
    }

    /// <summary>30,000 lines, every third changed differently by both sides: 10,000 conflicts.</summary>
    public static Workload TenThousandConflicts()
    {
        var lines = Enumerable.Range(0, 30_000).Select(i => $"    int v{i} = {i};").ToArray();
        var ours = lines.ToArray();
        var theirs = lines.ToArray();
        for (int i = 0; i < lines.Length; i += 3)
        {
            ours[i] = $"    int v{i} = {i} + 1;";
            theirs[i] = $"    long v{i} = {i};";
        }

        return Make("10,000 conflicts in one file", lines, ours, theirs);
    }

    /// <summary>2,000 nested blocks, both sides editing the innermost statement.</summary>
    public static Workload DeeplyNested()
    {
        const int depth = 2000;
        var lines = new List<string> { "class Deep", "{", "void M(bool x)", "{" };
        for (int i = 0; i < depth; i++)
        {
            lines.Add(new string(' ', i % 80) + "if (x) {");
        }

        int inner = lines.Count;
        lines.Add("Call(a, b);");
        lines.AddRange(Enumerable.Repeat("}", depth + 2));
        var ours = lines.ToArray();
        var theirs = lines.ToArray();
        ours[inner] = "Call2(a, b);";
        theirs[inner] = "Call(a, c);";
        return Make("2,000 nested blocks", [.. lines], ours, theirs);
    }

    private static string[] CSharpLines(int count, Random random)
    {
        var lines = new string[count];
        for (int i = 0; i < count; i++)
        {
            lines[i] = (i % 25) switch
            {
                0 => $"    public int Method{i}(int value)",
                1 => "    {",
                23 => "    }",
                24 => string.Empty,
                _ => $"        value = Compute{random.Next(50)}(value, {random.Next(1000)}) + 1;",
            };
        }

        return lines;
    }

    private static Workload Make(string name, string[] b, string[] o, string[] t)
    {
        static string Join(string[] lines) => string.Join('\n', lines) + "\n";
        return new Workload(name, "Bench.cs", Join(b), Join(o), Join(t));
    }
}
