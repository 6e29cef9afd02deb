namespace MergeResolver.Cli.Benchmarking;

/// <summary>A named merge input for the benchmarks: three versions of one file.</summary>
internal sealed record Workload(string Name, string Path, string Base, string Ours, string Theirs)
{
    public double Megabytes => (Base.Length + Ours.Length + Theirs.Length) / 3.0 / (1 << 20);
}
