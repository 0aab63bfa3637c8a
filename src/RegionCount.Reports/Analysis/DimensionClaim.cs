using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C10: per network and simplex dimension k (probes labelled simplex-k), the Pearson r of the seed-mean count vs
/// the gap over configurations, and whether counts grow with k within every configuration (the paper's ranges
/// overlap across configurations, so the growth is checked within each). Verdict: reproduced when every k reaches
/// the r threshold with its interval above 0 and counts grow with k in every configuration; not reproduced when some
/// k's interval lies below the threshold or some configuration's counts do not grow; otherwise inconclusive.
/// </summary>
public static class DimensionClaim
{
    public const string Prefix = "simplex-";

    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        var table = new MetricTable("dimension", $"{claim.Id}: region count on k-simplices", [
            Columns.Model(),
            Columns.Count("k", "k"),
            Columns.Count("configs", "configs"),
            Columns.RegionCount("rc_min", "RC min"),
            Columns.RegionCount("rc_max", "RC max"),
            Columns.Correlation("r", "Pearson r vs gap"),
            Columns.Correlation("r_lo", "r 95% low"),
            Columns.Correlation("r_hi", "r 95% high"),
        ]);
        var verdicts = new List<Verdict>();
        var figures = new List<ReportFigure>();
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var modelRuns = runs.Where(r => r.Model == model).ToList();
            var dims = modelRuns.SelectMany(r => r.FinalCounts.Keys).Where(k => k.StartsWith(Prefix, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal).Select(k => int.Parse(k[Prefix.Length..], CultureInfo.InvariantCulture)).Order().ToList();
            var perK = new List<(int K, CorrelationSummary? R, IReadOnlyList<ConfigMean> Means)>();
            foreach (var k in dims)
            {
                var means = ConfigMean.Of(modelRuns, Prefix + k.ToString(CultureInfo.InvariantCulture));
                var r = CorrelationSummary.Of(means.Select(m => m.RegionCount).ToList(), means.Select(m => m.Gap).ToList());
                perK.Add((k, r, means));
                table.Add(model, k, means.Count, means.Count == 0 ? null : means.Min(m => m.RegionCount),
                    means.Count == 0 ? null : means.Max(m => m.RegionCount), r?.R, r?.Low, r?.High);
            }
            var all = ConfigMean.Of(modelRuns, Prefix + (dims.Count == 0 ? 0 : dims[0]).ToString(CultureInfo.InvariantCulture));
            int growing = all.Count(c => Grows(c, dims));
            verdicts.Add(Judge(claim, model, perK, growing, all.Count, thresholds));
            if (dims.Count > 0)
            {
                figures.Add(new ReportFigure($"{claim.Id.ToLowerInvariant()}-{model}-rc-vs-k", $"{claim.Id}: {model}, seed-mean count per configuration vs simplex dimension k",
                    SvgFigures.Lines($"{claim.Id}: count vs k ({model})", "k", "region count",
                        all.Select(c => new Series(c.Config.Label(), dims.Select(d => (double)d).ToList(),
                            dims.Select(d => c.Counts.TryGetValue(Prefix + d.ToString(CultureInfo.InvariantCulture), out var v) ? v : double.NaN).ToList())))));
            }
        }
        return new ClaimResult(claim, verdicts, table, [], figures, []);
    }

    private static bool Grows(ConfigMean config, List<int> dims)
    {
        var counts = dims.Select(d => config.Counts.TryGetValue(Prefix + d.ToString(CultureInfo.InvariantCulture), out var v) ? v : double.NaN).ToList();
        return counts.Zip(counts.Skip(1)).All(p => p.Second > p.First);
    }

    private static Verdict Judge(ClaimDefinition claim, string model, List<(int K, CorrelationSummary? R, IReadOnlyList<ConfigMean> Means)> perK,
        int growing, int configs, ClaimThresholds thresholds)
    {
        string threshold = string.Create(CultureInfo.InvariantCulture, $"r ≥ {thresholds.PearsonR:G3} at every k, interval above 0; counts grow with k in every configuration");
        double worst = perK.Count == 0 || perK.Any(p => p.R is null) ? double.NaN : perK.Min(p => p.R!.R);
        string evidence = string.Create(CultureInfo.InvariantCulture,
            $"{string.Join("; ", perK.Select(p => p.R is null ? $"k={p.K}: no r" : $"k={p.K}: r {p.R.R:F3} [{p.R.Low:F3}, {p.R.High:F3}]"))}; counts grow with k in {growing}/{configs} configurations");
        if (perK.Count < 2 || double.IsNaN(worst) || configs < thresholds.MinConfigs)
        {
            return new Verdict(claim.Id, model, VerdictOutcome.Inconclusive, "min r over k", worst, double.NaN, double.NaN, configs, threshold, evidence);
        }
        bool allStrong = perK.All(p => p.R!.R >= thresholds.PearsonR && p.R.Low > 0);
        bool someWeak = perK.Any(p => p.R!.High < thresholds.PearsonR);
        var outcome = allStrong && growing == configs ? VerdictOutcome.Reproduced
            : someWeak || growing < configs ? VerdictOutcome.NotReproduced
            : VerdictOutcome.Inconclusive;
        return new Verdict(claim.Id, model, outcome, "min r over k", worst, double.NaN, double.NaN, configs, threshold, evidence);
    }
}
