using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C6 (and C7 with other measures): per network, over interpolating configurations (seed means; every run of the
/// configuration at or above the interpolation threshold, the population of C1 and of the authors' runs, which all reach
/// 100 % train accuracy), the Pearson r against 100 − test accuracy of the region count and of each parameter-dependent measure, and D = r(RC) − max r(measure) with a seeded
/// percentile bootstrap 95% interval (<see cref="Bootstrap.CorrelationDifference"/>: configurations resampled jointly,
/// the best measure taken within each resample). Verdict by D's interval, not by the point estimates: reproduced when
/// its lower end is above 0 (the region count correlates better than every measure), not reproduced when its upper end
/// is below 0 (some measure correlates better), otherwise inconclusive; fewer configurations than
/// <see cref="CorrelationRule.Minimum"/>, a constant measure or missing runs make it inconclusive.
/// </summary>
public static class ParamMeasureClaim
{
    /// <summary>C6's measures: the paper's section-3 quantities, distance from initialization d, margin γ and γ/d (the
    /// authors' file cifar10_param_measures_Resnet18.csv: normalized_margin = margin / distance_from_init). By default d
    /// covers all parameters (every record holds it, and γ/d is derived where a record predates it); the authors' d(W)
    /// covers the weights only, which a profile selects by naming weight-distance-from-init and
    /// weight-distance-normalized-margin (the paper profile does).</summary>
    public static readonly MeasureSet SectionThree = new(
        Names(Experiments.ParameterMeasure.DistanceFromInit, Experiments.ParameterMeasure.WeightDistanceFromInit, Experiments.ParameterMeasure.Margin,
            Experiments.ParameterMeasure.DistanceNormalizedMargin, Experiments.ParameterMeasure.WeightDistanceNormalizedMargin),
        Names(Experiments.ParameterMeasure.DistanceFromInit, Experiments.ParameterMeasure.Margin, Experiments.ParameterMeasure.DistanceNormalizedMargin));

    /// <summary>C7's further measures: norm-based complexity, the spectrally normalized margin γ/∏σ_max among them
    /// (PAC-Bayes sharpness is not implemented).</summary>
    public static readonly MeasureSet Further = new(FurtherNames, FurtherNames);

    private static IReadOnlyList<string> FurtherNames => Names(Experiments.ParameterMeasure.NormalizedMargin,
        Experiments.ParameterMeasure.FrobeniusNormalizedMargin, Experiments.ParameterMeasure.LogFrobeniusNormProduct,
        Experiments.ParameterMeasure.LogSpectralNormProduct);

    private static IReadOnlyList<string> Names(params Experiments.ParameterMeasure[] measures) => [.. measures.Select(Experiments.JsonNames.Of)];

    private const string Statistic = "D = r(RC) − max r(measure)";

    /// <param name="measures">The measures compared with the region count; null = every recorded one.</param>
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds,
        IReadOnlyCollection<string>? measures = null)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        int minimum = CorrelationRule.Minimum(thresholds);
        var table = new MetricTable("measures", $"{claim.Id}: correlation with 100 − test accuracy", [
            Columns.Model(),
            Columns.Text("quantity", "quantity"),
            Columns.Count("configs", "configs"),
            Columns.Correlation("r", "Pearson r"),
            Columns.Correlation("r_lo", "r 95% low", $"seeded percentile bootstrap over configurations; — below {minimum} configurations"),
            Columns.Correlation("r_hi", "r 95% high"),
        ]);
        var difference = new MetricTable("difference", $"{claim.Id}: region count vs the best measure", [
            Columns.Model(),
            Columns.Count("configs", "configs", $"interpolating configurations (every run ≥ {thresholds.Interpolation.ToString("G4", CultureInfo.InvariantCulture)} % clean train accuracy)"),
            Columns.Count("excluded", "excluded", "configurations left out for a run below the interpolation threshold"),
            Columns.Correlation("r_rc", "r(RC)"),
            Columns.Text("best", "best measure", "the measure with the largest r on all configurations"),
            Columns.Correlation("r_best", "r(best)"),
            Columns.Correlation("d", "D", "r(RC) − max r(measure); the maximum is taken within each bootstrap resample"),
            Columns.Correlation("d_lo", "D 95% low", $"seeded percentile bootstrap over configurations ({CorrelationEvidence.Resamples} resamples); — below {minimum} configurations"),
            Columns.Correlation("d_hi", "D 95% high"),
        ]);
        var verdicts = new List<Verdict>();
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var modelRuns = runs.Where(r => r.Model == model).ToList();
            var (kept, excluded) = CorrelationClaim.Interpolating(modelRuns, ClaimRun.Segment, thresholds.Interpolation);
            var means = ConfigMean.Of(kept);
            var y = means.Select(m => m.TestError).ToList();
            var x = means.Select(m => m.RegionCount).ToList();
            var rc = CorrelationEvidence.Of(x, y, rank: false, minimum);
            Row(table, model, "region count", means.Count, rc);
            var names = means.Count == 0 ? []
                : means[0].Measures.Keys.Where(k => measures is null || measures.Contains(k)).Order(StringComparer.Ordinal).ToList();
            var others = new List<(string Name, IReadOnlyList<double> Values, CorrelationEvidence R)>();
            foreach (var name in names)
            {
                var values = means.Select(m => m.Measures[name]).ToList();
                var r = CorrelationEvidence.Of(values, y, rank: false, minimum);
                others.Add((name, values, r));
                Row(table, model, name, means.Count, r);
            }
            int completed = modelRuns.Count(r => r.Completed);
            var (verdict, d, best) = Judge(claim, model, x, y, rc, others, completed, modelRuns.Count, minimum,
                string.Create(CultureInfo.InvariantCulture, $"{excluded} configurations excluded (a run below {thresholds.Interpolation:G4} % clean train accuracy)"));
            verdicts.Add(verdict);
            difference.Add(model, means.Count, excluded, CorrelationEvidence.Cell(rc.Estimate), best?.Name,
                best is null ? null : CorrelationEvidence.Cell(best.Value.R.Estimate),
                d?.Estimate, d?.Interval?.Lower, d?.Interval?.Upper);
        }
        return new ClaimResult(claim, verdicts, table, [difference], [], []);
    }

    private static void Row(MetricTable table, string model, string quantity, int configs, CorrelationEvidence r) =>
        table.Add(model, quantity, configs, CorrelationEvidence.Cell(r.Estimate), CorrelationEvidence.Cell(r.Low), CorrelationEvidence.Cell(r.High));

    private static (Verdict Verdict, StatResult? D, (string Name, IReadOnlyList<double> Values, CorrelationEvidence R)? Best) Judge(
        ClaimDefinition claim, string model, List<double> x, List<double> y, CorrelationEvidence rc,
        List<(string Name, IReadOnlyList<double> Values, CorrelationEvidence R)> others, int completed, int planned, int minimum, string population)
    {
        string rule = string.Create(CultureInfo.InvariantCulture,
            $"bootstrap 95% interval of D over interpolating configurations: reproduced if its lower end > 0, not reproduced if its upper end < 0, otherwise inconclusive; at least {minimum} configurations");
        int n = x.Count;
        var best = others.Where(o => o.R.Defined).OrderByDescending(o => o.R.Estimate).Select(o => ((string, IReadOnlyList<double>, CorrelationEvidence)?)o).FirstOrDefault();
        string measured = string.Create(CultureInfo.InvariantCulture,
            $"r(RC) {rc.Estimate:F3}; {string.Join("; ", others.Select(o => $"r({o.Name}) {o.R.Estimate:F3}"))}; {population}; {completed}/{planned} runs completed");
        string? problem = completed < planned ? "runs missing or failed"
            : n < minimum ? string.Create(CultureInfo.InvariantCulture, $"too few configurations ({n}, minimum {minimum})")
            : others.Count == 0 ? "no parameter measure recorded"
            : !rc.Defined || others.Any(o => !o.R.Defined) ? "the region count, a measure or the test error is constant over the configurations"
            : null;
        if (problem is not null)
        {
            return (Verdict.Undecided(claim.Id, model, Statistic, n, rule, $"{problem}; {measured}"), null, best);
        }
        var d = Bootstrap.CorrelationDifference(y, x, others.Select(o => o.Values).ToList(), CorrelationEvidence.Resamples, CorrelationEvidence.BootstrapSeed);
        if (d.Interval is not { } interval)
        {
            return (Verdict.Undecided(claim.Id, model, Statistic, n, rule, $"no bootstrap interval (most resamples had a constant side); {measured}"), d, best);
        }
        var outcome = interval.Lower > 0 ? VerdictOutcome.Reproduced
            : interval.Upper < 0 ? VerdictOutcome.NotReproduced
            : VerdictOutcome.Inconclusive;
        return (new Verdict(claim.Id, model, outcome, Statistic, d.Estimate, interval.Lower, interval.Upper, n, rule,
            string.Create(CultureInfo.InvariantCulture, $"D {d.Estimate:F3} [{interval.Lower:F3}, {interval.Upper:F3}] over {n} configurations; {measured}")), d, best);
    }
}
