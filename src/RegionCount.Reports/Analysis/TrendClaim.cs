using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C3 (learning rate, region count decreasing) and C4 (batch size, increasing): per network, the final region
/// counts of every seed grouped by the factor's level, in increasing level order. Statistic: Jonckheere–Terpstra
/// with a seeded permutation p-value in the claimed direction. Verdict: reproduced when that p is below alpha and
/// the extreme levels' means are ordered as claimed; not reproduced when the trend is significant the other way;
/// otherwise inconclusive. Strict monotonicity is not required (the paper's own 0.05 vs 0.1 tie).
/// </summary>
public static class TrendClaim
{
    public const int Permutations = 20000;
    public const int PermutationSeed = 20250511;

    /// <param name="axis">The ordered factor and the claimed direction.</param>
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds, TrendAxis axis)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(axis);
        string factor = axis.Name;
        bool increasing = axis.Increasing;
        var levels = new MetricTable("levels", $"{claim.Id}: region count by {factor}", [
            Columns.Model(),
            new MetricColumn("level", factor, Decimals: -6),
            Columns.Count("seeds", "seeds"),
            Columns.RegionCount("rc", "mean RC", "mean over seeds of the final region count"),
            Columns.RegionCount("rc_lo", "RC 95% low", "t interval over seeds (— with one seed)"),
            Columns.RegionCount("rc_hi", "RC 95% high"),
            Columns.Percent("train", "clean train acc"),
            Columns.Percent("test", "test acc"),
        ]);
        var trend = new MetricTable("trend", $"{claim.Id}: trend test", [
            Columns.Model(),
            Columns.Count("levels", "levels"),
            Columns.Count("n", "runs"),
            new MetricColumn("j", "JT statistic J", Decimals: 1),
            Columns.PValue("p", "p (claimed direction)", $"Jonckheere–Terpstra, {Permutations} seeded permutations"),
            Columns.PValue("p_other", "p (opposite)"),
            Columns.Correlation("rho", "Spearman ρ (RC vs level)"),
            Columns.RegionCount("first", "RC at lowest level"),
            Columns.RegionCount("last", "RC at highest level"),
            Columns.Text("ordered", "extreme pair as claimed"),
            Columns.Verdict(),
        ]);
        var verdicts = new List<Verdict>();
        var series = new List<Series>();
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var modelRuns = runs.Where(r => r.Model == model).ToList();
            var byLevel = modelRuns.GroupBy(axis.Level).OrderBy(g => g.Key).ToList();
            var groups = byLevel.Select(g => (IReadOnlyList<double>)g.Where(r => r.Completed).Select(r => r.FinalCounts[ClaimRun.Segment]).ToList()).ToList();
            var means = new List<double>();
            foreach (var (g, values) in byLevel.Zip(groups))
            {
                double mean = values.Count == 0 ? double.NaN : values.Average();
                means.Add(mean);
                var interval = values.Count >= 2 && values.Distinct().Count() > 1 ? Descriptive.MeanInterval(values) : null;
                var completed = g.Where(r => r.Completed).ToList();
                levels.Add(model, g.Key, values.Count, values.Count == 0 ? null : mean, interval?.Lower, interval?.Upper,
                    completed.Count == 0 ? null : completed.Average(r => r.TrainAccuracyClean),
                    completed.Count == 0 ? null : completed.Average(r => r.TestAccuracy));
            }
            series.Add(new Series(model, byLevel.Select(g => g.Key).ToList(), means));
            verdicts.Add(Judge(claim, model, modelRuns, byLevel.Select(g => g.Key).ToList(), groups, means, thresholds, increasing, trend));
        }
        var figure = new ReportFigure($"{claim.Id.ToLowerInvariant()}-rc-vs-{axis.FigureId}",
            $"{claim.Id}: mean final region count over seeds vs {factor}",
            SvgFigures.Lines($"{claim.Id}: region count vs {factor}", factor, "region count", series, axis.LogScale));
        return new ClaimResult(claim, verdicts, levels, [trend], [figure], []);
    }

    private static Verdict Judge(ClaimDefinition claim, string model, List<ClaimRun> runs, List<double> levels,
        IReadOnlyList<IReadOnlyList<double>> groups, List<double> means, ClaimThresholds thresholds, bool increasing, MetricTable trend)
    {
        int completed = runs.Count(r => r.Completed);
        string thresholdText = string.Create(CultureInfo.InvariantCulture,
            $"JT p < {thresholds.Alpha:G3} ({(increasing ? "increasing" : "decreasing")}) and extreme pair ordered");
        if (levels.Count < 2 || groups.Any(g => g.Count == 0) || groups.Sum(g => g.Count) < 3)
        {
            trend.Add(model, levels.Count, completed, null, null, null, null, null, null, "—", "inconclusive");
            return new Verdict(claim.Id, model, VerdictOutcome.Inconclusive, "Jonckheere–Terpstra p", double.NaN, double.NaN, double.NaN,
                completed, thresholdText, $"{levels.Count} levels, {completed}/{runs.Count} runs completed: too few to test a trend");
        }
        var claimed = increasing ? Alternative.Greater : Alternative.Less;
        var opposite = increasing ? Alternative.Less : Alternative.Greater;
        var test = TrendTests.JonckheerePermutation(groups, Permutations, PermutationSeed, claimed);
        var other = TrendTests.JonckheerePermutation(groups, Permutations, PermutationSeed, opposite);
        var x = groups.SelectMany((g, i) => g.Select(_ => levels[i])).ToList();
        var y = groups.SelectMany(g => g).ToList();
        double? rho = y.Count >= 3 && y.Distinct().Count() > 1 && x.Distinct().Count() > 1 ? Correlation.Spearman(x, y).Estimate : null;
        bool ordered = increasing ? means[^1] > means[0] : means[^1] < means[0];
        var outcome = completed < runs.Count ? VerdictOutcome.Inconclusive
            : test.PValue < thresholds.Alpha && ordered ? VerdictOutcome.Reproduced
            : other.PValue < thresholds.Alpha ? VerdictOutcome.NotReproduced
            : VerdictOutcome.Inconclusive;
        var verdict = new Verdict(claim.Id, model, outcome, "Jonckheere–Terpstra p", test.PValue, double.NaN, double.NaN, y.Count, thresholdText,
            string.Create(CultureInfo.InvariantCulture,
                $"mean RC {string.Join(" → ", means.Select(m => m.ToString("F3", CultureInfo.InvariantCulture)))} over levels {string.Join(", ", levels.Select(l => l.ToString("G4", CultureInfo.InvariantCulture)))}; p claimed {test.PValue:G3}, p opposite {other.PValue:G3}; {completed}/{runs.Count} runs completed"));
        trend.Add(model, levels.Count, y.Count, test.Estimate, test.PValue, other.PValue, rho, means[0], means[^1], ordered ? "yes" : "no", verdict.OutcomeText);
        return verdict;
    }
}
