using BenchmarkDotNet.Attributes;
using MergeResolver.Cli.Benchmarking;
using MergeResolver.Merge;
using MergeResolver.Ranking;
using MergeResolver.Resolution;
using MergeResolver.Text;

namespace MergeResolver.Benchmarks;

/// <summary>
/// What the analyzer package computes for each version of a document with conflicts: the typical
/// file as git draws it with diff3 markers, read back, resolved and ranked by the managed network
/// the package carries (<c>models/ranker.weights</c>).
/// </summary>
[MemoryDiagnoser]
public class EditorBenchmarks
{
    private Workload _workload = null!;
    private string[] _lines = null!;
    private ManagedRanker _ranker = null!;

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workloads.Typical();
        _lines = Lines.Split(ConflictRenderer.Render(LineMerger.Merge(_workload.Base, _workload.Ours, _workload.Theirs).Chunks));
        string models = Path.Combine(RepositoryRoot(), "models");
        using var weights = File.OpenRead(Path.Combine(models, "ranker.weights"));
        using var vocabulary = new StreamReader(Path.Combine(models, "vocab.txt"));
        _ranker = ManagedRanker.Load(weights, vocabulary);
        var analysis = ConflictDocument.Analyze(_lines, _workload.Path, _ranker);
        if (analysis.Conflicts.IsEmpty || analysis.Conflicts.Any(c => analysis.SuggestionsFor(c)[0].Confidence is null))
        {
            throw new InvalidOperationException("the typical document is not ranked: the benchmark would measure the plain patterns alone");
        }
    }

    [Benchmark]
    public int AnalyzeTheTypicalDocument() => ConflictDocument.Analyze(_lines, _workload.Path, _ranker, threshold: null).Conflicts.Length;

    private static string RepositoryRoot()
    {
        for (var d = new DirectoryInfo(AppContext.BaseDirectory); d is not null; d = d.Parent)
        {
            if (File.Exists(Path.Combine(d.FullName, "MergeResolver.sln")))
            {
                return d.FullName;
            }
        }

        throw new InvalidOperationException("the repository root was not found");
    }
}
