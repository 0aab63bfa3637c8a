using System.Globalization;
using RegionCount.Data;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Tables;
using TorchSharp;
using TorchSharp.Modules;
using static TorchSharp.torch;

namespace RegionCount.Cli.Claims;

/// <summary>
/// C8: the region count is a function of the classifier, not of its parameters. A ReLU MLP is measured on fixed
/// segment probes; then the first hidden layer is scaled by c &gt; 0 (weights and bias) and the next layer's weights by
/// 1/c, which leaves the function unchanged. Verdict: reproduced when every probe's label sequence is identical for
/// every c while the parameter norm changes; not reproduced otherwise.
/// </summary>
public static class InvarianceClaim
{
    public static readonly double[] Scales = [0.1, 10.0];

    public static ClaimResult Analyze(ImageDataset data, Device device, int probes = 100, int points = 200, long seed = 0)
    {
        ArgumentNullException.ThrowIfNull(data);
        var claim = ClaimCatalog.C8;
        var table = new MetricTable("invariance", "C8: function-preserving rescaling of a ReLU layer", [
            new MetricColumn("c", "scale c", Decimals: 2),
            new MetricColumn("probes", "probes", Decimals: 0),
            new MetricColumn("same", "probes with identical labels", Decimals: 0),
            new MetricColumn("rc_before", "mean RC before", Decimals: 3),
            new MetricColumn("rc_after", "mean RC after", Decimals: 3),
            new MetricColumn("norm_before", "‖θ‖₂ before", Decimals: 3),
            new MetricColumn("norm_after", "‖θ‖₂ after", Decimals: 3),
        ]);
        bool all = true;
        foreach (var c in Scales)
        {
            using var model = (Mlp)ModelFactory.Create("mlp", data.Shape, data.Classes, new ModelOptions { HiddenWidths = [64, 64], Seed = seed });
            model.to(device);
            using var meter = new RegionMeter(new ProbeSettings { Count = probes, Points = points }, data, (int)seed, device);
            var before = meter.Measure(model);
            double normBefore = Norm(model);
            var linears = model.Layers.OfType<Linear>().ToList();
            using (no_grad())
            {
                linears[0].weight!.mul_(c);
                linears[0].bias!.mul_(c);
                linears[1].weight!.div_(c);
            }
            var after = meter.Measure(model);
            double normAfter = Norm(model);
            int same = before.Probes.Zip(after.Probes).Count(p => p.First.Labels.SequenceEqual(p.Second.Labels));
            all &= same == probes && Math.Abs(normAfter - normBefore) > 1e-3 * normBefore;
            table.Add(c, probes, same, before.Summary.Mean, after.Summary.Mean, normBefore, normAfter);
        }
        var verdict = new Verdict(claim.Id, "mlp", all ? VerdictOutcome.Reproduced : VerdictOutcome.NotReproduced,
            "probes with identical labels", all ? 1 : 0, double.NaN, double.NaN, probes * Scales.Length,
            "every probe identical, norm changed",
            string.Create(CultureInfo.InvariantCulture, $"scales {string.Join(", ", Scales)}; {probes} segments × {points} points on {data.Name}"));
        return new ClaimResult(claim, [verdict], table, [], [], []);
    }

    private static double Norm(nn.Module<Tensor, Tensor> model)
    {
        using var scope = NewDisposeScope();
        return Math.Sqrt(model.parameters().Sum(p => p.detach().pow(2).sum().item<float>()));
    }
}
