using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C3 (learning rate, region count decreasing) and C4 (batch size, increasing): per network, the final region
/// counts grouped by the factor's level. Verdict: Page's L test of the monotone trend with seeds as blocks
/// (<see cref="BlockedTrend"/>), a test verdict (<see cref="VerdictTest"/>: Holm-adjusted over the report's test
/// verdicts; reproduced when the adjusted p in the claimed direction is below alpha, not reproduced when the adjusted p
/// in the opposite direction is). Strict monotonicity is not required (the paper's own 0.05 vs 0.1 tie). The extreme
/// pair (lowest vs highest level) is shown with a one-sided exact Mann–Whitney p as description only: with three seeds
/// per level its smallest attainable p is 1/C(6,3) = 0.05, so it can never fall below 0.05, and no verdict uses it.
/// A planned run without a completed record makes the verdict inconclusive.
/// </summary>
public static class TrendClaim
{
    /// <param name="axis">The ordered factor and the claimed direction.</param>
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds, TrendAxis axis)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(axis);
        string factor = axis.Name;
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
        var trend = new MetricTable("trend", $"{claim.Id}: trend test (Page's L; a block = one seed of one setting of the other factors)", [
            Columns.Model(),
            .. BlockedTrend.TableColumns(axis.Increasing ? "increasing" : "decreasing"),
            Columns.RegionCount("first", "RC at lowest level"),
            Columns.RegionCount("last", "RC at highest level"),
            Columns.Text("ordered", "extreme means as claimed"),
            Columns.PValue("p_extreme", "extreme pair p (descriptive)",
                "one-sided exact Mann–Whitney, lowest vs highest level, seeds as independent; description only: with 3 seeds per level its smallest attainable p is 1/C(6,3) = 0.05, so it cannot fall below 0.05, and no verdict uses it"),
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
            series.Add(new Series(model, byLevel.Select(g => g.Key).ToList(), means,
                groups.Select(v => v.Count == 0 ? double.NaN : v.Min()).ToList(), groups.Select(v => v.Count == 0 ? double.NaN : v.Max()).ToList()));
            if (axis.PaperFile is { } file && axis.PaperLevel is { } level
                && Paper.PaperReference.ForModel(file, model).GroupBy(level).OrderBy(g => g.Key).ToList() is { Count: > 0 } paper)
            {
                series.Add(new Series($"{model}, the authors' files ({file})", paper.Select(g => g.Key).ToList(),
                    paper.Select(g => g.Average(r => r.FinalRegionCount)).ToList()));
            }
            var test = BlockedTrend.Of(
                modelRuns.Where(r => r.Completed).Select(r => (axis.Block(r), axis.Level(r), r.FinalCounts[ClaimRun.Segment])),
                axis.Increasing, thresholds.Alpha);
            double? extreme = ExtremePairP(groups, axis.Increasing);
            bool ordered = means.Count >= 2 && (axis.Increasing ? means[^1] > means[0] : means[^1] < means[0]);
            trend.Add([model, .. test.Cells(), Cell(means, 0), Cell(means, ^1), means.Count >= 2 ? (ordered ? "yes" : "no") : "—", extreme]);
            int completedRuns = modelRuns.Count(r => r.Completed);
            verdicts.Add(test.Judge(claim.Id, model, axis.Direction, thresholds.Alpha, completedRuns, modelRuns.Count, string.Create(CultureInfo.InvariantCulture,
                $"mean RC {string.Join(" → ", means.Select(m => m.ToString("F3", CultureInfo.InvariantCulture)))} over levels {string.Join(", ", byLevel.Select(g => g.Key.ToString("G4", CultureInfo.InvariantCulture)))}; {completedRuns}/{modelRuns.Count} runs completed"),
                TrendPower.Of(test, axis, thresholds.Alpha)));
        }
        var figure = new ReportFigure($"{claim.Id.ToLowerInvariant()}-rc-vs-{axis.FigureId}",
            $"{claim.Id}: mean final region count over seeds vs {factor} (bars: the seeds' lowest and highest count)" +
                (axis.PaperFile is null ? "" : $"; where the authors' {axis.PaperFile} file has the network, their seed-mean final counts (epoch 200) as a series of its own"),
            SvgFigures.Lines($"{claim.Id}: region count vs {factor}", factor, "region count", series, axis.LogScale));
        return new ClaimResult(claim, verdicts, levels, [trend], [figure], []);
    }

    /// <summary>The one-sided exact Mann–Whitney p of the extreme levels in the claimed direction; null when a level
    /// is empty or the two are one constant.</summary>
    internal static double? ExtremePairP(IReadOnlyList<IReadOnlyList<double>> groups, bool increasing)
    {
        if (groups.Count < 2 || groups[0].Count == 0 || groups[^1].Count == 0 || groups[0].Concat(groups[^1]).Distinct().Count() < 2)
        {
            return null;
        }
        var (larger, smaller) = increasing ? (groups[^1], groups[0]) : (groups[0], groups[^1]);
        return MannWhitney.Exact(larger, smaller, Alternative.Greater).PValue;
    }

    private static double? Cell(List<double> means, Index i) => means.Count == 0 || double.IsNaN(means[i]) ? null : means[i];
}
