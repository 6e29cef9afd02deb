using CsCheck;
using System.Text;
using System.Text.RegularExpressions;
using MergeResolver.Diff;
using MergeResolver.Merge;

namespace MergeResolver.Cli.Tests;

/// <summary>The line merge against the real <c>git merge-file</c> on generated triples, in every conflict style.</summary>
public sealed partial class DifferentialGitTests
{
    private const int Triples = 2000;

    [Theory]
    [InlineData(ConflictStyle.Diff3, "--diff3", 1)]
    [InlineData(ConflictStyle.Merge, null, 2)]
    [InlineData(ConflictStyle.ZealousDiff3, "--zdiff3", 3)]
    public void Line_merge_prints_what_git_merge_file_prints_on_generated_triples(ConflictStyle style, string? gitFlag, int seed)
    {
        var random = new Random(seed);
        var cases = Enumerable.Range(0, Triples).Select(_ => RandomTriples.Next(random)).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<int>();
        int conflicted = 0;
        var options = new LineMergeOptions { Style = style };
        var markers = new ConflictMarkers { Style = style };
        Parallel.For(0, cases.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, i =>
        {
            var (b, o, t) = cases[i];
            var git = GitProcess.MergeFile(o, b, t, gitFlag is null ? [] : [gitFlag]);
            var ours = ConflictRenderer.Render(LineMerger.Merge(b, o, t, options).Chunks, markers);
            if (git != ours)
            {
                failures.Add(i);
            }

            if (git.Contains("<<<<<<< ours", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref conflicted);
            }
        });

        Assert.True(conflicted > Triples / 4, $"only {conflicted} of {Triples} generated triples conflict: the comparison would prove little");
        Assert.True(failures.IsEmpty, $"{failures.Count} of {Triples} triples differ from git, first: #{failures.DefaultIfEmpty(-1).Min()}");
    }

    [Theory]
    [InlineData(DiffAlgorithm.Myers, "--diff-algorithm=myers", 4)]
    [InlineData(DiffAlgorithm.Histogram, "--histogram", 5)]
    public void Diff_finds_the_hunks_git_diff_finds_on_generated_pairs(DiffAlgorithm algorithm, string gitFlag, int seed)
    {
        var flag = gitFlag;
        var random = new Random(seed);
        var pairs = Enumerable.Range(0, Triples).Select(_ => RandomTriples.Next(random)).ToList();
        var failures = new System.Collections.Concurrent.ConcurrentBag<int>();
        Parallel.For(0, pairs.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount * 2 }, i =>
        {
            var (a, b, _) = pairs[i];
            var expected = GitDiffHunks(a, b, flag);
            var ids = new Dictionary<string, int>(StringComparer.Ordinal);
            var actual = Differ.Diff(Ids(a, ids), Ids(b, ids), algorithm);
            if (!expected.SequenceEqual(actual))
            {
                failures.Add(i);
            }
        });

        Assert.True(failures.IsEmpty, $"{failures.Count} of {Triples} pairs differ from git diff, first: #{failures.DefaultIfEmpty(-1).Min()}");
    }

    private static int[] Ids(string text, Dictionary<string, int> ids) =>
        [.. MergeResolver.Text.Lines.Split(text).Select(l => ids.TryGetValue(l, out var id) ? id : ids[l] = ids.Count)];

    private static List<Edit> GitDiffHunks(string a, string b, string flag)
    {
        var dir = Directory.CreateTempSubdirectory("mr-diff-").FullName;
        try
        {
            var utf8 = new UTF8Encoding(false);
            File.WriteAllText(Path.Combine(dir, "a"), a, utf8);
            File.WriteAllText(Path.Combine(dir, "b"), b, utf8);
            var (_, stdout, _) = GitProcess.Run(dir, "diff", "--no-index", "--no-indent-heuristic", "--no-color", "-U0", flag, "a", "b");
            var edits = new List<Edit>();
            foreach (Match m in HunkHeader().Matches(utf8.GetString(stdout)))
            {
                int oldStart = int.Parse(m.Groups[1].Value), newStart = int.Parse(m.Groups[3].Value);
                int oldCount = m.Groups[2].Success ? int.Parse(m.Groups[2].Value) : 1;
                int newCount = m.Groups[4].Success ? int.Parse(m.Groups[4].Value) : 1;
                edits.Add(new Edit(oldCount == 0 ? oldStart : oldStart - 1, oldCount, newCount == 0 ? newStart : newStart - 1, newCount));
            }

            return edits;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [GeneratedRegex(@"^@@ -(\d+)(?:,(\d+))? \+(\d+)(?:,(\d+))? @@", RegexOptions.Multiline)]
    private static partial Regex HunkHeader();

    [Fact]
    public void Property_with_resolution_off_the_output_is_git_merge_files_on_shrinkable_triples()
    {
        // CsCheck shrinks a failing triple to a small one, which the fixed-seed test above cannot do.
        var line = Gen.Int[0, 6].Select(i => new[] { "{\n", "}\n", "\n", "a();\n", "b();\r\n", "c", "x = 1;\n" }[i]);
        var text = line.Array[0, 12].Select(lines => string.Concat(lines));
        Gen.Select(text, text, text).Sample((b, o, t) =>
            Assert.Equal(GitProcess.MergeFile(o, b, t, "--diff3"), ConflictRenderer.Render(LineMerger.Merge(b, o, t).Chunks)), iter: 300);
    }

    [Theory]
    [InlineData(ConflictStyle.Diff3, "diff3")]
    [InlineData(ConflictStyle.Merge, "merge")]
    public void What_the_resolver_leaves_is_what_git_merge_with_the_ort_strategy_draws(ConflictStyle style, string gitStyle)
    {
        // git merge (ort) merges file contents with histogram and without merge-file's joining across
        // punctuation lines; merge-tree runs it without a work tree. Nothing is resolved here, so every
        // hunk the mergetool, driver or batch run would leave must be drawn as git drew it.
        const int files = 300;
        var random = new Random(6);
        var triples = Enumerable.Range(0, files).Select(_ => RandomTriples.Next(random)).ToList();
        using var repo = new GitRepository();
        string Name(int i) => $"f{i:000}.txt";
        void WriteAll(Func<(string Base, string Ours, string Theirs), string> side)
        {
            for (int i = 0; i < files; i++)
            {
                repo.Write(Name(i), side(triples[i]));
            }
        }

        WriteAll(x => x.Base);
        repo.Commit("base");
        repo.Git("checkout", "-q", "-b", "topic");
        WriteAll(x => x.Theirs);
        repo.Commit("theirs");
        repo.Git("checkout", "-q", "main");
        WriteAll(x => x.Ours);
        repo.Commit("ours");
        var (_, stdout, _) = GitProcess.Run(repo.Path, "-c", $"merge.conflictStyle={gitStyle}", "merge-tree", "--write-tree", "main", "topic");
        var tree = Encoding.UTF8.GetString(stdout).Split('\n')[0].Trim();

        var resolver = new MergeResolver.Resolution.Resolver(new MergeResolver.Resolution.ResolverOptions
        {
            Strategy = MergeResolver.Resolution.ResolutionStrategy.Markers,
            Algorithm = DiffAlgorithm.Histogram,
            Markers = new ConflictMarkers { Style = style, JoinAcrossPunctuationLines = false },
        });
        int conflicted = 0;
        var differing = Enumerable.Range(0, files).Where(i =>
        {
            var (b, o, t) = triples[i];
            var git = Encoding.UTF8.GetString(GitProcess.Run(repo.Path, "cat-file", "-p", $"{tree}:{Name(i)}").Stdout);
            conflicted += git.Contains("<<<<<<< main", StringComparison.Ordinal) ? 1 : 0;
            var ours = resolver.Resolve(new MergeResolver.Resolution.MergeInput(b, o, t)).Render();
            return WithoutLabels(git) != WithoutLabels(ours);
        }).ToList();

        Assert.True(conflicted > files / 4, $"only {conflicted} of {files} files conflict: the comparison would prove little");
        Assert.True(differing.Count == 0, $"{differing.Count} of {files} files differ from git merge-tree, first: {Name(differing.FirstOrDefault())}");
    }

    /// <summary>ort labels markers with branch names and the base commit; the merge itself is what is compared.</summary>
    private static string WithoutLabels(string text) => MarkerLabel().Replace(text, "$1");

    [GeneratedRegex(@"^(<{7}|\|{7}|>{7}) [^\r\n]*", RegexOptions.Multiline)]
    private static partial Regex MarkerLabel();
}

