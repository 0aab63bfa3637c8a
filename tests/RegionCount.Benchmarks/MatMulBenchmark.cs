using BenchmarkDotNet.Attributes;
using TorchSharp;
using static TorchSharp.torch;

namespace RegionCount.Benchmarks;

/// <summary>
/// The machine's float32 matrix-multiply rate on CPU: the yardstick for FLOP-based throughput limits
/// (GFLOP/s = 2·N³ / time). Run: dotnet run -c Release --project tests/RegionCount.Benchmarks -- --filter *MatMul*
/// </summary>
[MemoryDiagnoser]
public class MatMulBenchmark
{
    private Tensor _a = null!;
    private Tensor _b = null!;

    [Params(256, 1024)]
    public int N { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        _a = randn(N, N);
        _b = randn(N, N);
    }

    [Benchmark]
    public float MatMul()
    {
        using var c = matmul(_a, _b);
        return c[0, 0].item<float>();
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        _a.Dispose();
        _b.Dispose();
    }
}
