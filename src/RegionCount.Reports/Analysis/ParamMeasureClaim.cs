using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C6 (and C7 with other measures): per network, over configurations (seed means), the Pearson r against 100 − test accuracy of the region count
/// and of each parameter-dependent measure. Verdict: reproduced when the region count's r is positive and larger
/// than every measure's; not reproduced when some measure's r is at least the region count's; inconclusive with
/// too few configurations or no measures.
/// </summary>
public static class ParamMeasureClaim
{
    /// <summary>C6's measures.</summary>
    public static readonly IReadOnlyList<string> SectionThree =
        Names(Experiments.ParameterMeasure.DistanceFromInit, Experiments.ParameterMeasure.Margin, Experiments.ParameterMeasure.NormalizedMargin);

    /// <summary>C7's further measures: norm-based complexity (PAC-Bayes sharpness is not implemented).</summary>
    public static readonly IReadOnlyList<string> Further = Names(Experiments.ParameterMeasure.FrobeniusNormalizedMargin,
        Experiments.ParameterMeasure.LogFrobeniusNormProduct, Experiments.ParameterMeasure.LogSpectralNormProduct);

    private static IReadOnlyList<string> Names(params Experiments.ParameterMeasure[] measures) => [.. measures.Select(Experiments.JsonNames.Of)];

    /// <param name="measures">The measures compared with the region count; null = every recorded one.</param>
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds,
        IReadOnlyCollection<string>? measures = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        var table = new MetricTable("measures", $"{claim.Id}: correlation with 100 − test accuracy", [
            Columns.Model(),
            Columns.Text("quantity", "quantity"),
            Columns.Count("configs", "configs"),
            Columns.Correlation("r", "Pearson r"),
            Columns.Correlation("r_lo", "r 95% low", "seeded bootstrap over configurations"),
            Columns.Correlation("r_hi", "r 95% high"),
        ]);
        var verdicts = new List<Verdict>();
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var means = ConfigMean.Of(runs.Where(r => r.Model == model));
            var y = means.Select(m => m.TestError).ToList();
            var rc = CorrelationSummary.Of(means.Select(m => m.RegionCount).ToList(), y);
            Row(table, model, "region count", means.Count, rc);
            var names = means.Count == 0 ? []
                : means[0].Measures.Keys.Where(k => measures is null || measures.Contains(k)).Order(StringComparer.Ordinal).ToList();
            var others = new List<(string Name, CorrelationSummary? R)>();
            foreach (var name in names)
            {
                var r = CorrelationSummary.Of(means.Select(m => m.Measures[name]).ToList(), y);
                others.Add((name, r));
                Row(table, model, name, means.Count, r);
            }
            verdicts.Add(Judge(claim, model, means.Count, rc, others, thresholds));
        }
        return new ClaimResult(claim, verdicts, table, [], [], []);
    }

    private static void Row(MetricTable table, string model, string quantity, int configs, CorrelationSummary? r) =>
        table.Add(model, quantity, configs, r?.R, r?.Low, r?.High);

    private static Verdict Judge(ClaimDefinition claim, string model, int configs, CorrelationSummary? rc,
        List<(string Name, CorrelationSummary? R)> others, ClaimThresholds thresholds)
    {
        const string Threshold = "r(region count) > 0 and > r(each measure)";
        if (rc is null || configs < thresholds.MinConfigs || others.Count == 0 || others.Any(o => o.R is null))
        {
            return new Verdict(claim.Id, model, VerdictOutcome.Inconclusive, "r(RC) − max r(measure)", double.NaN, double.NaN, double.NaN,
                configs, Threshold, $"{configs} configurations, {others.Count} measures: not enough to compare");
        }
        var best = others.MaxBy(o => o.R!.R);
        double margin = rc.R - best.R!.R;
        var outcome = rc.R > 0 && margin > 0 ? VerdictOutcome.Reproduced : VerdictOutcome.NotReproduced;
        return new Verdict(claim.Id, model, outcome, "r(RC) − max r(measure)", margin, double.NaN, double.NaN, configs, Threshold,
            string.Create(CultureInfo.InvariantCulture,
                $"r(RC) {rc.R:F3}; {string.Join("; ", others.Select(o => $"r({o.Name}) {o.R!.R:F3}"))}; over {configs} configurations"));
    }
}
