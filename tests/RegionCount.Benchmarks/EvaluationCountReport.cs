using System.Globalization;
using RegionCount.Regions;
using static TorchSharp.torch;

namespace RegionCount.Benchmarks;

/// <summary>
/// Not a timing: how many model evaluations the exact and adaptive counters need against a 2,000-point grid, and
/// the counts each finds. Run: dotnet run -c Release --project tests/RegionCount.Benchmarks -- evaluations [probes]
/// </summary>
internal static class EvaluationCountReport
{
    public static void Run(int probes)
    {
        using var data = BenchNetwork.Images(1000, 2);
        Console.WriteLine("model  probes  grid200  grid2000  exact  adaptive(200,1e-4)  exact_pieces  adaptive_evals  grid_evals");
        foreach (var kind in new[] { "mlp", "cnn" })
        {
            using var model = BenchNetwork.Create(kind, 1);
            var settings = new ProbeSettings { Count = probes, Points = 200 };
            using var coarse = new RegionMeter(settings, data, 3, CPU);
            using var grid = new RegionMeter(settings with { Points = 2000 }, data, 3, CPU);
            var g200 = coarse.Measure(model).Summary.Mean;
            var g2000 = grid.Measure(model).Summary.Mean;
            var exact = coarse.MeasureExact(model);
            var adaptive = coarse.MeasureAdaptive(model, 200, 1e-4);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{kind,-5}  {probes,6}  {g200,7:F3}  {g2000,8:F3}  {exact.Average(e => e.Count),5:F3}  {adaptive.Average(a => a.Count),18:F3}  {exact.Sum(e => e.Pieces),12}  {adaptive.Sum(a => a.Evaluations),14}  {probes * 2000,10}"));
        }
    }
}
