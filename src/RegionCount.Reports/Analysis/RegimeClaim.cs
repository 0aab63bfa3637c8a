using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C14: augmentation and mixup. Per network, regimes none / augmentation / mixup (by the runs' settings); within each
/// regime the Pearson r of the seed-mean region count vs 100 − test accuracy over configurations, and, for
/// configurations trained in both, the paired difference RC(regime) − RC(none) (one-sided paired t: lower).
/// Verdict: reproduced when every regime's paired test is significant at alpha with a negative mean difference and
/// every regime with enough configurations reaches the r threshold; not reproduced when some regime's mean
/// difference is ≥ 0 with the opposite one-sided test significant, or its r interval lies below the threshold;
/// otherwise inconclusive.
/// </summary>
public static class RegimeClaim
{
    private static readonly string[] Regimes = ["none", "augmentation", "mixup"];

    public static string Regime(ClaimRun run)
    {
        ArgumentNullException.ThrowIfNull(run);
        return run.MixupAlpha > 0 ? "mixup" : run.Augmentation != "none" ? "augmentation" : "none";
    }

    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        var table = new MetricTable("regimes", $"{claim.Id}: region count under augmentation and mixup", [
            Columns.Model(),
            Columns.Text("regime", "regime"),
            Columns.Count("configs", "configs"),
            Columns.RegionCount("rc", "mean RC"),
            Columns.Percent("test", "mean test acc"),
            Columns.Correlation("r", "r vs 100 − test"),
            Columns.RegionCount("diff", "RC − RC(none)", "mean paired difference over configurations trained in both"),
            Columns.PValue("p", "p (lower)", "one-sided paired t test"),
        ]);
        var verdicts = new List<Verdict>();
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var byRegime = runs.Where(r => r.Model == model).GroupBy(Regime)
                .ToDictionary(g => g.Key, g => ConfigMean.Of(g), StringComparer.Ordinal);
            byRegime.TryGetValue("none", out var none);
            var evidence = new List<string>();
            bool allGood = none is not null && byRegime.Count > 1, anyBad = false;
            foreach (var regime in Regimes.Where(byRegime.ContainsKey))
            {
                var means = byRegime[regime];
                var r = CorrelationSummary.Of(means.Select(m => m.RegionCount).ToList(), means.Select(m => m.TestError).ToList());
                double? diff = null, p = null;
                if (regime != "none" && none is not null)
                {
                    var pairs = means.Select(m => (m, n: none.FirstOrDefault(n => Same(n.Config, m.Config)))).Where(x => x.n is not null).ToList();
                    if (pairs.Count >= 2)
                    {
                        var a = pairs.Select(x => x.m.RegionCount).ToList();
                        var b = pairs.Select(x => x.n!.RegionCount).ToList();
                        diff = a.Zip(b).Average(t => t.First - t.Second);
                        p = a.Zip(b).All(t => t.First - t.Second == diff) ? (diff < 0 ? 0 : 1) : PairedTests.PairedT(a, b, Alternative.Less).PValue;
                        var pOther = a.Zip(b).All(t => t.First - t.Second == diff) ? (diff > 0 ? 0 : 1) : PairedTests.PairedT(a, b, Alternative.Greater).PValue;
                        allGood &= p < thresholds.Alpha;
                        anyBad |= pOther < thresholds.Alpha;
                    }
                    else
                    {
                        allGood = false;
                    }
                    evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{regime}: RC − RC(none) {diff:F3} (p {p:G3}, {pairs.Count} pairs)"));
                }
                if (r is not null && means.Count >= thresholds.MinConfigs)
                {
                    allGood &= r.R >= thresholds.PearsonR && r.Low > 0;
                    anyBad |= r.High < thresholds.PearsonR;
                    evidence.Add(string.Create(CultureInfo.InvariantCulture, $"{regime}: r {r.R:F3} [{r.Low:F3}, {r.High:F3}]"));
                }
                table.Add(model, regime, means.Count, means.Count == 0 ? null : means.Average(m => m.RegionCount),
                    means.Count == 0 ? null : 100 - means.Average(m => m.TestError), r?.R, diff, p);
            }
            var outcome = allGood ? VerdictOutcome.Reproduced : anyBad ? VerdictOutcome.NotReproduced : VerdictOutcome.Inconclusive;
            verdicts.Add(new Verdict(claim.Id, model, outcome, "paired RC difference and within-regime r", double.NaN, double.NaN, double.NaN,
                byRegime.Values.Sum(v => v.Count),
                string.Create(CultureInfo.InvariantCulture, $"paired p < {thresholds.Alpha:G3} (lower RC); r ≥ {thresholds.PearsonR:G3} where ≥ {thresholds.MinConfigs} configs"),
                evidence.Count == 0 ? "no regime besides none" : string.Join("; ", evidence)));
        }
        return new ClaimResult(claim, verdicts, table, [], [], []);
    }

    private static bool Same(ConfigKey a, ConfigKey b) =>
        a.LearningRate == b.LearningRate && a.BatchSize == b.BatchSize && a.WeightDecay == b.WeightDecay && a.Optimizer == b.Optimizer && a.Dataset == b.Dataset;
}
