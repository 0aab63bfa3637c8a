using System.Diagnostics;
using System.Globalization;
using RegionCount.Regions;
using static TorchSharp.torch;

namespace RegionCount.Benchmarks;

/// <summary>
/// Diagnostic, not a benchmark: splits one region measurement (100 segments × 200 points, chunks of 4,000) into
/// its phases with a stopwatch, repeated in one process. Run: dotnet run -c Release --project tests/RegionCount.Benchmarks -- phases [repeats]
/// </summary>
internal static class PhaseTimings
{
    public static void Run(int repeats)
    {
        using var data = BenchNetwork.Images(1000, 2);
        foreach (var kind in new[] { "mlp", "cnn" })
        {
            using var model = BenchNetwork.Create(kind, 1);
            using var meter = new RegionMeter(BenchNetwork.MeasureSettings, data, 3, CPU);
            using var building = new RegionMeter(meter.Settings with { PointCacheBytes = 0 }, data, 3, CPU);
            var probes = building.Probes;
            double build = 0, forward = 0, argmax = 0, measure = 0;
            for (int r = 0; r < repeats + 2; r++)
            {
                double b = 0, f = 0, a = 0;
                using (no_grad())
                {
                    for (int chunk = 0; chunk < probes.ChunkCount; chunk++)
                    {
                        using var scope = NewDisposeScope();
                        var sw = Stopwatch.StartNew();
                        var points = probes.ChunkPoints(chunk, float32);
                        b += sw.Elapsed.TotalMilliseconds;
                        sw.Restart();
                        var logits = model.forward(points);
                        f += sw.Elapsed.TotalMilliseconds;
                        sw.Restart();
                        var predicted = logits.argmax(1).to(int32).cpu();
                        _ = predicted.data<int>().ToArray();
                        a += sw.Elapsed.TotalMilliseconds;
                    }
                }
                var sw2 = Stopwatch.StartNew();
                _ = meter.Measure(model);
                var m = sw2.Elapsed.TotalMilliseconds;
                if (r >= 2)
                {
                    build += b; forward += f; argmax += a; measure += m;
                }
            }
            var chunks = BenchNetwork.PrebuiltChunks(meter);
            var bare = new List<double>();
            var full = new List<double>();
            var cold = new List<double>();
            for (int r = 0; r < repeats; r++)
            {
                var sw = Stopwatch.StartNew();
                using (no_grad())
                {
                    foreach (var c in chunks)
                    {
                        using var scope = NewDisposeScope();
                        _ = model.forward(c).shape[0];
                    }
                }
                bare.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                _ = meter.Measure(model);
                full.Add(sw.Elapsed.TotalMilliseconds);
                sw.Restart();
                _ = building.Measure(model);
                cold.Add(sw.Elapsed.TotalMilliseconds);
            }
            bare.Sort();
            full.Sort();
            cold.Sort();
            double Median(List<double> x) => x[repeats / 2];
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind}: interleaved medians: bare forward {Median(bare):F2} ms, measure {Median(full):F2} ms ({Median(full) / Median(bare):F3}×), measure building points {Median(cold):F2} ms ({Median(cold) / Median(bare):F3}×)"));
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind}: build {build / repeats:F2} ms, forward {forward / repeats:F2} ms, argmax {argmax / repeats:F2} ms, full Measure {measure / repeats:F2} ms"));
        }
    }
}

