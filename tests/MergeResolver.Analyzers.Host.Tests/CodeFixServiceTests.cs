namespace MergeResolver.Analyzers.Host.Tests;

/// <summary>What a user of Visual Studio or VS Code with C# Dev Kit sees at a conflict, through Roslyn's own code-fix service.</summary>
public sealed class CodeFixServiceTests
{
    private const string TotalOurs = "        return Sum(items, 0m) * rate;\n";
    private const string TotalBase = "        return Sum(items, 0m);\n";
    private const string TotalTheirs = "        return SumOf(items, 0m);\n";
    private const string TotalMerged = "        return SumOf(items, 0m) * rate;\n";
    private const string CountOurs = "        return items.Count;\n";
    private const string CountTheirs = "        return lines.Length;\n";
    private const string NameOurs = "    public string Name { get; set; } = \"\";\n";
    private const string NameTheirs = "    public string Name { get; init; }\n";

    private static string Conflict(string ours, string @base, string theirs) =>
        "<<<<<<< HEAD\n" + ours + "||||||| merged common ancestors\n" + @base + "=======\n" + theirs + ">>>>>>> feature\n";

    private static string Cart(string total, string count, string name) =>
        "class Cart\n{\n    decimal Total()\n    {\n" + total + "    }\n\n    int Count()\n    {\n" + count + "    }\n\n" + name + "}\n";

    private static readonly string Total = Conflict(TotalOurs, TotalBase, TotalTheirs);
    private static readonly string Count = Conflict(CountOurs, "        return 0;\n", CountTheirs);
    private static readonly string Name = Conflict(NameOurs, "    public string Name { get; set; }\n", NameTheirs);

    /// <summary>Three conflicts; at this threshold the resolver is sure of the first alone (63%; the others 51% and 49%).</summary>
    private static CodeFixHost Host() => new(Cart(Total, Count, Name), "mergeresolver.threshold = 0.57");

    [Fact]
    public async Task The_light_bulb_lists_Roslyn_s_fix_then_the_resolver_s_choice_with_its_probability_then_what_only_MergeResolver_offers()
    {
        using var host = Host();
        var fixes = await host.FixesAsync();
        Assert.Equal(
            [
                "Take 'HEAD'", "Take 'feature'", "Take both",
                "Merge both changes token by token (63%)", "Take the base (merged common ancestors)", "Keep both: feature, then HEAD",
                "Suppress MR0002", "Configure MR0002 severity", "Configure severity for all 'MergeResolver' analyzers", "Configure severity for all analyzers",
            ],
            fixes.Select(f => f.Title));
        Assert.Equal([false, false, false, true, true, true, false, false, false, false], fixes.Select(f => f.IsMergeResolver));
    }

    [Fact]
    public async Task MergeResolver_asks_for_high_priority_and_the_host_gives_a_third_party_the_default()
    {
        using var host = Host();
        var fixes = await host.FixesAsync();
        Assert.All(fixes.Where(f => f.IsMergeResolver), f => Assert.Equal(Microsoft.CodeAnalysis.CodeActions.CodeActionPriority.Default, f.Action.Priority));
        Assert.All(fixes.Take(3), f => Assert.Equal(Microsoft.CodeAnalysis.CodeActions.CodeActionPriority.High, f.Action.Priority));
    }

    [Fact]
    public async Task The_compiler_s_CS8300_and_MergeResolver_s_MR0002_on_one_conflict_give_one_list_with_no_fix_twice()
    {
        using var host = Host();
        var fixes = await host.FixesAsync();
        Assert.All(fixes.Where(f => f.IsMergeResolver), f => Assert.Equal(["CS8300", "MR0002"], f.DiagnosticIds));
        var resolutions = new List<string>();
        foreach (var fix in fixes.Take(6))
        {
            resolutions.Add(await host.ApplyAsync(fix.Action));
        }

        Assert.Equal(resolutions.Count, resolutions.Distinct().Count());
    }

    [Fact]
    public async Task Each_fix_replaces_the_conflict_with_its_text()
    {
        using var host = Host();
        var fixes = await host.FixesAsync();
        string[] expected = [TotalOurs, TotalTheirs, TotalOurs + TotalTheirs, TotalMerged, TotalBase, TotalTheirs + TotalOurs];
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.Equal(Cart(expected[i], Count, Name), await host.ApplyAsync(fixes[i].Action));
        }
    }

    [Fact]
    public async Task Each_conflict_of_the_document_gets_its_own_resolver_s_choice()
    {
        using var host = Host();
        Assert.Equal("Merge token by token, feature where both change a token (51%)", (await host.FixesAsync(1))[3].Title);
        Assert.Equal("Merge both changes token by token (49%)", (await host.FixesAsync(2))[3].Title);
    }

    [Fact]
    public async Task Fix_all_of_Roslyn_s_take_HEAD_takes_HEAD_in_every_conflict()
    {
        using var host = Host();
        var takeHead = (await host.FixesAsync())[0];
        Assert.Equal(Cart(TotalOurs, CountOurs, NameOurs), await host.FixAllAsync(takeHead));
    }

    [Fact]
    public async Task Fix_all_of_the_resolver_s_choice_resolves_only_the_conflicts_it_is_sure_of_and_says_so()
    {
        using var host = Host();
        var (title, text) = await host.FixAllWithTitleAsync((await host.FixesAsync())[3]);
        Assert.Equal("Resolve the conflicts MergeResolver is sure of in 'Cart.cs', leave the rest", title);
        Assert.Equal(Cart(TotalMerged, Count, Name), text);
    }

    [Fact]
    public async Task Fix_all_of_the_base_takes_the_base_in_every_conflict_and_says_so()
    {
        using var host = Host();
        var (title, text) = await host.FixAllWithTitleAsync((await host.FixesAsync())[4]);
        Assert.Equal("Take the base in every conflict in 'Cart.cs'", title);
        Assert.Equal(Cart(TotalBase, "        return 0;\n", "    public string Name { get; set; }\n"), text);
    }

    [Fact]
    public async Task Fix_all_of_theirs_then_ours_keeps_both_in_that_order_in_every_conflict_and_says_so()
    {
        using var host = Host();
        var (title, text) = await host.FixAllWithTitleAsync((await host.FixesAsync())[5]);
        Assert.Equal("Keep both, theirs then ours, in every conflict in 'Cart.cs'", title);
        Assert.Equal(Cart(TotalTheirs + TotalOurs, CountTheirs + CountOurs, NameTheirs + NameOurs), text);
    }

    [Fact]
    public async Task MR0002_on_each_conflict_says_what_the_resolver_would_do()
    {
        using var host = Host();
        var messages = (await host.DiagnosticsAsync()).Where(d => d.Id == "MR0002").Select(d => $"{d.Location.GetLineSpan().StartLinePosition.Line}: {d.GetMessage()}");
        Assert.Equal(
            [
                "4: MergeResolver can resolve this conflict: merge both changes token by token, 63% (fix all applies it)",
                "15: MergeResolver can resolve this conflict: merge token by token, feature where both change a token, 51%",
                "24: MergeResolver can resolve this conflict: merge both changes token by token, 49%",
            ],
            messages);
    }
}
