using BenchmarkDotNet.Running;

BenchmarkSwitcher.FromAssembly(typeof(RegionCount.Benchmarks.MatMulBenchmark).Assembly).Run(args);
