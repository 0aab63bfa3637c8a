using System.Diagnostics.CodeAnalysis;
using BenchmarkDotNet.Attributes;
using RegionCount.Regions;
using static TorchSharp.torch;

namespace RegionCount.Benchmarks;

/// <summary>
/// Overhead of a region-count measurement over the bare forward pass: 100 segment probes × 200 points on
/// 1×28×28 inputs, chunks of 4,000 points. (a) BareForward runs the model on the same points in the same chunks
/// (points built beforehand); (b) Measure is the full RegionMeter.Measure (forward, argmax, counting) as training
/// calls it at every measurement epoch after the first: the probe points are kept by the meter
/// (ProbeSettings.PointCacheBytes); (c) MeasureBuildingPoints is the first measurement of a run, or any
/// measurement when the points exceed the bound, which also multiplies the points out chunk by chunk.
/// Goal: Measure / BareForward ≤ 1.05. Run: dotnet run -c Release --project tests/RegionCount.Benchmarks -- --filter *RegionMeasure* --job short
/// </summary>
[MemoryDiagnoser]
[SuppressMessage("Design", "CA1001", Justification = "BenchmarkDotNet disposes in GlobalCleanup.")]
public class RegionMeasureBenchmark
{
    private BenchNetwork _model = null!;
    private Data.ImageDataset _data = null!;
    private RegionMeter _meter = null!;
    private RegionMeter _building = null!;
    private List<Tensor> _chunks = null!;

    [Params("mlp", "cnn")]
    public string Model { get; set; } = "mlp";

    [GlobalSetup]
    public void Setup()
    {
        _model = BenchNetwork.Create(Model, 1);
        // The meter evaluates in eval mode; the baseline must too, or it times another forward pass.
        _model.eval();
        _data = BenchNetwork.Images(1000, 2);
        _meter = new RegionMeter(BenchNetwork.MeasureSettings, _data, 3, CPU);
        _building = new RegionMeter(BenchNetwork.MeasureSettings with { PointCacheBytes = 0 }, _data, 3, CPU);
        _chunks = BenchNetwork.PrebuiltChunks(_meter);
    }

    [Benchmark(Baseline = true)]
    public long BareForward()
    {
        using var noGrad = no_grad();
        long sum = 0;
        foreach (var chunk in _chunks)
        {
            using var scope = NewDisposeScope();
            sum += _model.forward(chunk).shape[0];
        }
        return sum;
    }

    [Benchmark]
    public double Measure() => _meter.Measure(_model).Summary.Mean;

    [Benchmark]
    public double MeasureBuildingPoints() => _building.Measure(_model).Summary.Mean;

    [GlobalCleanup]
    public void Cleanup()
    {
        _chunks.ForEach(c => c.Dispose());
        _meter.Dispose();
        _building.Dispose();
        _data.Dispose();
        _model.Dispose();
    }
}
