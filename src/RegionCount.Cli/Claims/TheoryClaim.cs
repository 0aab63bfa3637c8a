using System.Globalization;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Tables;
using RegionCount.Theory;
using static TorchSharp.torch;

namespace RegionCount.Cli.Claims;

/// <summary>
/// T1 as a simulation (<see cref="StabilitySimulation"/>, design <see cref="StabilityDesign.Smoke"/>, fixed before
/// its first run), on the data line embedded in 4-D and in plain 1-D, plus the authors' three-point toy.
/// Verdict per variant: reproduced when every converged run is linearly stable (η·λ_max/2 ≤ 1 + tolerance) and sign
/// changes decrease in η (one-sided Jonckheere–Terpstra over converged runs, p &lt; 0.05); not reproduced when a
/// converged run is unstable or sign changes significantly increase; otherwise inconclusive.
/// </summary>
public static class TheoryClaim
{
    public const double Alpha = 0.05;

    public static ClaimResult Analyze(Device device)
    {
        var claim = ClaimCatalog.T1;
        int threads = get_num_threads();
        set_num_threads(1);
        StabilityResult embedded, line;
        IReadOnlyList<ToyMap> toy;
        try
        {
            embedded = StabilitySimulation.Run(StabilityDesign.Smoke, device);
            line = StabilitySimulation.Run(StabilityDesign.Smoke.OneDimensional(), device);
            toy = ToyMaps.Compute(device);
        }
        finally
        {
            set_num_threads(threads);
        }
        var table = new MetricTable("stability", "T1: linear stability and sign changes by step size", [
            new MetricColumn("variant", "variant"),
            new MetricColumn("kappa", "κ = η·λ̄₀/2", Decimals: 3),
            new MetricColumn("eta", "η", Decimals: 4),
            new MetricColumn("conv", "converged", Decimals: 0),
            new MetricColumn("div", "diverged", Decimals: 0),
            new MetricColumn("notc", "not converged", Decimals: 0),
            new MetricColumn("dead", "dead", Decimals: 0, Legend: "converged runs whose hidden units are all inactive on the data (f ≡ 0)"),
            new MetricColumn("sc", "sign changes (converged)", Decimals: 3),
            new MetricColumn("ratio", "max η·λ_max/2 (converged)", Decimals: 3),
            new MetricColumn("sc_end", "sign changes (all non-diverged)", Decimals: 3, Legend: "exploratory: every run that did not diverge, where the step budget stopped it"),
        ]);
        var verdicts = new List<Verdict>();
        foreach (var (name, result) in new[] { ("embedded 4-D", embedded), ("1-D", line) })
        {
            foreach (var l in result.Levels)
            {
                table.Add(name, l.Kappa, l.Eta, l.Converged, l.Diverged, l.NotConverged, l.Collapsed,
                    l.Converged == 0 ? null : l.SignChanges.Mean, l.Converged == 0 ? null : l.MaxStabilityRatio,
                    l.SignChangesAtEnd.Count == 0 ? null : l.SignChangesAtEnd.Mean);
            }
            verdicts.Add(Judge(claim, name, result));
        }
        var figures = new List<ReportFigure>
        {
            new("t1-sign-changes", "T1: mean sign changes along the data line vs η (converged runs, and all non-diverged runs), embedded variant",
                SvgFigures.Lines("T1: sign changes vs η", "η", "sign changes", [
                    Series(embedded, "converged", l => l.SignChanges, l => l.Converged > 0),
                    Series(embedded, "all non-diverged", l => l.SignChangesAtEnd, l => l.SignChangesAtEnd.Count > 0)], logX: true)),
            new("t1-stability", "T1: η·λ_max/2 at convergence vs η (stability demands ≤ 1), embedded variant",
                SvgFigures.Lines("T1: η·λ_max/2 vs η", "η", "η·λ_max/2", [
                    Series(embedded, "converged", l => l.StabilityRatio, l => l.Converged > 0)], logX: true)),
        };
        figures.AddRange(toy.Select(m => new ReportFigure(
            string.Create(CultureInfo.InvariantCulture, $"t1-toy-lr-{m.LearningRate:G4}").Replace('.', '_'),
            string.Create(CultureInfo.InvariantCulture, $"T1 toy: lr {m.LearningRate:G4}, {m.Regions} regions on [−2, 2]² (4-connectivity), {m.TrainCorrect}/3 training points right"),
            SvgFigures.LabelMap(string.Create(CultureInfo.InvariantCulture, $"toy, lr {m.LearningRate:G4}: {m.Regions} regions"), m.Labels))));
        var toyTable = new MetricTable("toy", "T1 toy: three collinear points, 2→5→1 ReLU net, sigmoid + BCE", [
            new MetricColumn("lr", "learning rate", Decimals: 4),
            new MetricColumn("regions", "regions", Decimals: 0),
            new MetricColumn("loss", "final loss", Decimals: 4),
            new MetricColumn("correct", "train points right", Decimals: 0),
        ]);
        foreach (var m in toy)
        {
            toyTable.Add(m.LearningRate, m.Regions, m.FinalLoss, m.TrainCorrect);
        }
        return new ClaimResult(claim, verdicts, table, [toyTable], figures,
            ["Design fixed before the first run (StabilityDesign.Smoke in src/RegionCount/Theory/StabilityDesign.cs): 16 points on a line, labels ±1 in 4 blocks, width-32 two-layer ReLU net, squared loss, full-batch GD for 20,000 steps, η = κ·2/λ̄₀ for κ in {0.125 … 4}, 8 seeds."]);
    }

    private static Series Series(StabilityResult r, string name, Func<StabilityLevel, Theory.Interval> pick, Func<StabilityLevel, bool> keep)
    {
        var levels = r.Levels.Where(keep).ToList();
        return new Series(name, levels.Select(l => l.Eta).ToList(), levels.Select(l => pick(l).Mean).ToList(),
            levels.Select(l => pick(l).Lower).ToList(), levels.Select(l => pick(l).Upper).ToList());
    }

    private static Verdict Judge(ClaimDefinition claim, string variant, StabilityResult r)
    {
        var converged = r.Converged.ToList();
        double limit = 1 + r.Design.StabilityTolerance;
        bool stable = converged.All(c => c.StabilityRatio <= limit);
        var outcome = converged.Count == 0 ? VerdictOutcome.Inconclusive
            : !stable || r.IncreasingTrendP < Alpha ? VerdictOutcome.NotReproduced
            : r.DecreasingTrendP < Alpha ? VerdictOutcome.Reproduced
            : VerdictOutcome.Inconclusive;
        return new Verdict(claim.Id, variant, outcome, "JT p (sign changes decreasing in η)", r.DecreasingTrendP, double.NaN, double.NaN, converged.Count,
            string.Create(CultureInfo.InvariantCulture, $"η·λ_max/2 ≤ {limit:G3} for converged runs; JT p < {Alpha:G2}"),
            string.Create(CultureInfo.InvariantCulture,
                $"{converged.Count}/{r.Runs.Count} runs converged; max η·λ_max/2 {(converged.Count == 0 ? double.NaN : converged.Max(c => c.StabilityRatio)):F3}; p(decreasing) {r.DecreasingTrendP:G3}, p(increasing) {r.IncreasingTrendP:G3}; exploratory over all non-diverged runs p(decreasing) {r.DecreasingTrendPAtEnd:G3}"));
    }
}
