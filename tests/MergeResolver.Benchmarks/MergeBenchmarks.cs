using BenchmarkDotNet.Attributes;
using MergeResolver.Cli.Benchmarking;
using MergeResolver.Merge;
using MergeResolver.Resolution;
using MergeResolver.Tokens;

namespace MergeResolver.Benchmarks;

/// <summary>The line merge, the token refinement and the whole resolution on each generated workload.</summary>
[MemoryDiagnoser]
public class MergeBenchmarks
{
    private readonly Resolver _resolver = new();
    private Workload _workload = null!;
    private ConflictChunk _hunk = null!;

    [ParamsSource(nameof(Names))]
    public string Workload { get; set; } = string.Empty;

    public static IEnumerable<string> Names => Workloads.All().Select(w => w.Name);

    [GlobalSetup]
    public void Setup()
    {
        _workload = Workloads.All().Single(w => w.Name == Workload);
        _hunk = LineMerger.Merge(_workload.Base, _workload.Ours, _workload.Theirs).Conflicts.First();
    }

    [Benchmark(Baseline = true)]
    public LineMergeResult LineMerge() => LineMerger.Merge(_workload.Base, _workload.Ours, _workload.Theirs);

    [Benchmark]
    public TokenMergeResult TokenMergeOfFirstHunk() =>
        TokenMerger.Merge(string.Concat(_hunk.Base), string.Concat(_hunk.Ours), string.Concat(_hunk.Theirs), CSharpTokenizer.Instance);

    [Benchmark]
    public string Resolve() => _resolver.Resolve(new MergeInput(_workload.Base, _workload.Ours, _workload.Theirs, _workload.Path)).Render();
}
