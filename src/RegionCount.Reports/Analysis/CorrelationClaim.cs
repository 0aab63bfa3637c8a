using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C1, C2 and C12 (and, through <see cref="CorrelationOptions"/>, C9, C11, C13, C18): per network, the Pearson r (and
/// Spearman ρ) between the seed-mean final region count and the seed-mean generalization gap over configurations,
/// with a seeded bootstrap 95% interval over configurations.
/// Verdict (Pearson; Spearman for C12): reproduced when the estimate reaches the threshold and the interval's lower
/// end is above 0; not reproduced when the interval's upper end is below the threshold or the estimate is ≤ 0;
/// otherwise inconclusive. Fewer configurations than minConfigs, or runs that did not complete, make it inconclusive.
/// </summary>
public static class CorrelationClaim
{
    public const int Resamples = 2000;
    public const int BootstrapSeed = 20250511;

    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds, bool rank = false) =>
        Analyze(claim, runs, thresholds, new CorrelationOptions { Rank = rank });

    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds, CorrelationOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(options);
        bool rank = options.Rank;
        var table = new MetricTable("correlation", $"{claim.Id}: {options.CountName} vs {(options.TestError ? "100 − test accuracy" : "generalization gap")}", [
            Columns.Model(),
            Columns.Count("configs", "configs", "configurations (seed means) correlated"),
            Columns.Count("runs", "runs", "completed runs / planned runs"),
            Columns.Count("interp", "interpolating", $"configurations whose seed-mean clean train accuracy ≥ {thresholds.Interpolation.ToString(CultureInfo.InvariantCulture)} %"),
            Columns.Correlation("r", "Pearson r"),
            Columns.Correlation("r_lo", "r 95% low", "seeded bootstrap over configurations, percentile"),
            Columns.Correlation("r_hi", "r 95% high"),
            Columns.PValue("p", "p (r > 0)", "one-sided t test of r"),
            Columns.Correlation("rho", "Spearman ρ"),
            Columns.RegionCount("rc_min", "RC min"),
            Columns.RegionCount("rc_max", "RC max"),
            options.TestError ? Columns.Percent("err_min", "100 − test min") : Columns.Percent("gap_min", "gap min"),
            options.TestError ? Columns.Percent("err_max", "100 − test max") : Columns.Percent("gap_max", "gap max"),
            Columns.Verdict(),
        ]);
        var verdicts = new List<Verdict>();
        var series = new List<Series>();
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var modelRuns = runs.Where(r => r.Model == model).ToList();
            var means = ConfigMean.Of(modelRuns, options.Probe);
            int completed = modelRuns.Count(r => r.Completed);
            Func<ConfigMean, double> y = options.TestError ? m => m.TestError : m => m.Gap;
            int interpolating = means.Count(m => m.TrainAccuracyClean >= thresholds.Interpolation);
            var verdict = Judge(claim, model, means, y, completed, modelRuns.Count, thresholds, rank, out var pearson, out var spearman);
            verdicts.Add(verdict);
            table.Add(model, means.Count, $"{completed}/{modelRuns.Count}", interpolating,
                pearson?.Estimate, pearson?.Interval?.Lower, pearson?.Interval?.Upper, pearson?.PValue, spearman?.Estimate,
                Min(means, m => m.RegionCount), Max(means, m => m.RegionCount), Min(means, y), Max(means, y),
                verdict.OutcomeText);
            series.Add(new Series(model, means.Select(y).ToList(), means.Select(m => m.RegionCount).ToList()));
        }
        var (suffix, yName, axis) = options.TestError
            ? ("error", "100 − test accuracy", "100 − test accuracy (points)")
            : ("gap", "generalization gap", "train − test accuracy (points)");
        var figure = new ReportFigure($"{claim.Id.ToLowerInvariant()}-rc-vs-{suffix}",
            $"{claim.Id}: seed-mean {options.CountDescription} vs {yName}, one point per configuration, least-squares line per {options.GroupName}",
            SvgFigures.ScatterWithFit($"{claim.Id}: {options.CountName} vs {(options.TestError ? "test error" : "gap")}", axis, options.CountName, series));
        return new ClaimResult(claim, verdicts, table, [], [figure], []);
    }

    private static Verdict Judge(ClaimDefinition claim, string model, IReadOnlyList<ConfigMean> means, Func<ConfigMean, double> target, int completed, int planned,
        ClaimThresholds thresholds, bool rank, out StatResult? pearson, out StatResult? spearman)
    {
        pearson = null;
        spearman = null;
        double threshold = rank ? thresholds.Spearman : thresholds.PearsonR;
        string thresholdText = string.Create(CultureInfo.InvariantCulture, $"{(rank ? "ρ" : "r")} ≥ {threshold:G3}, interval above 0");
        string statistic = rank ? "Spearman ρ" : "Pearson r";
        var x = means.Select(m => m.RegionCount).ToList();
        var y = means.Select(target).ToList();
        if (means.Count < Math.Max(3, thresholds.MinConfigs) || x.Distinct().Count() < 2 || y.Distinct().Count() < 2)
        {
            return new Verdict(claim.Id, model, VerdictOutcome.Inconclusive, statistic, double.NaN, double.NaN, double.NaN, means.Count,
                thresholdText, $"{means.Count} configurations with distinct values (need {thresholds.MinConfigs}); {completed}/{planned} runs completed");
        }
        pearson = Correlation.Pearson(x, y, Alternative.Greater);
        var interval = Bootstrap.PearsonInterval(x, y, Resamples, BootstrapSeed).Interval!;
        pearson = pearson with { Interval = interval };
        spearman = Correlation.Spearman(x, y, Alternative.Greater);
        var estimate = rank ? spearman.Estimate : pearson.Estimate;
        var (low, high) = rank
            ? Interval(Bootstrap.Paired(x, y, SpearmanOrNaN, Resamples, BootstrapSeed).Interval)
            : (interval.Lower, interval.Upper);
        var outcome = completed < planned ? VerdictOutcome.Inconclusive
            : estimate >= threshold && low > 0 ? VerdictOutcome.Reproduced
            : high < threshold || estimate <= 0 ? VerdictOutcome.NotReproduced
            : VerdictOutcome.Inconclusive;
        string evidence = string.Create(CultureInfo.InvariantCulture,
            $"{statistic} {estimate:F3} [{low:F3}, {high:F3}] over {means.Count} configurations; p(r>0) {pearson.PValue:G3}; {completed}/{planned} runs completed");
        return new Verdict(claim.Id, model, outcome, statistic, estimate, low, high, means.Count, thresholdText, evidence);
    }

    /// <summary>ρ, or NaN on a resample that is constant on one side (the bootstrap skips those).</summary>
    internal static double SpearmanOrNaN(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Count < 3 || a.Distinct().Count() < 2 || b.Distinct().Count() < 2 ? double.NaN : Correlation.Spearman(a, b).Estimate;

    private static (double, double) Interval(Interval? interval) => interval is null ? (double.NaN, double.NaN) : (interval.Lower, interval.Upper);

    private static double? Min(IReadOnlyList<ConfigMean> means, Func<ConfigMean, double> f) => means.Count == 0 ? null : means.Min(f);

    private static double? Max(IReadOnlyList<ConfigMean> means, Func<ConfigMean, double> f) => means.Count == 0 ? null : means.Max(f);
}
