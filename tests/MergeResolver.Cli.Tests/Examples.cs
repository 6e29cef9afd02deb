namespace MergeResolver.Cli.Tests;

/// <summary>Small C# merges written for these tests.</summary>
internal static class Examples
{
    public const string Head = "namespace Shop;\n\npublic sealed class Cart\n{\n    public decimal Total()\n    {\n";
    public const string Tail = "    }\n\n    public int Count => 0;\n}\n";

    /// <summary>Ours renames the call, theirs changes an argument: different tokens of one line.</summary>
    public static (string Base, string Ours, string Theirs, string Resolved) TokenLevel =>
        (Head + "        return Sum(items, 0m);\n" + Tail,
         Head + "        return SumOf(items, 0m);\n" + Tail,
         Head + "        return Sum(items, 1m);\n" + Tail,
         Head + "        return SumOf(items, 1m);\n" + Tail);

    /// <summary>Both sides change the same token: nothing safe to do.</summary>
    public static (string Base, string Ours, string Theirs) SameToken =>
        (Head + "        return 1;\n" + Tail,
         Head + "        return 2;\n" + Tail,
         Head + "        return 3;\n" + Tail);

    /// <summary>
    /// Two conflicts far enough apart for git to draw them apart: the first the token merge resolves
    /// (to <see cref="TokenMergedLine"/>), the second both sides changed in the same token.
    /// </summary>
    public static (string Base, string Ours, string Theirs) TwoConflicts
    {
        get
        {
            const string b = "class Cart\n{\n    decimal Total()\n    {\n        return Sum(items, 0m);\n    }\n\n    int Count()\n    {\n        return 1;\n    }\n}\n";
            return (b,
                b.Replace("Sum(items", "SumOf(items", StringComparison.Ordinal).Replace("return 1;", "return 2;", StringComparison.Ordinal),
                b.Replace("0m)", "1m)", StringComparison.Ordinal).Replace("return 1;", "return 3;", StringComparison.Ordinal));
        }
    }

    /// <summary>The first conflict of <see cref="TwoConflicts"/>, token-merged.</summary>
    public const string TokenMergedLine = "        return SumOf(items, 1m);\n";
}
