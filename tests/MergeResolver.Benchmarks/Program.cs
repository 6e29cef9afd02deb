using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(MergeResolver.Benchmarks.MergeBenchmarks).Assembly).Run(args);
