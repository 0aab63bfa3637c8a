using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C5 (Figure 1): per network, the seed-mean region count against the learning rate at every batch size of the main
/// grid (Fig. 1 right), the region count vs gap correlation, and decision-region maps on the plane through three
/// training images for the lowest- and highest-count configurations (Fig. 1 left). Verdict: Page's L test of the
/// region count decreasing in the learning rate over the grid (<see cref="BlockedTrend"/>: a block is a batch size,
/// weight decay and seed), a test verdict Holm-adjusted over the report's test verdicts. The per-batch-size orderings
/// of the table are description only.
/// </summary>
public static class FigureOneClaim
{
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        var axis = TrendAxis.LearningRate;
        var trend = new MetricTable("trend", $"{claim.Id}: region count decreasing in the learning rate over the grid (Page's L, blocks = batch size × weight decay × seed)", [
            Columns.Model(),
            .. BlockedTrend.TableColumns("decreasing"),
        ]);
        var table = new MetricTable("lr-by-batch", $"{claim.Id}: region count vs learning rate per batch size", [
            Columns.Model(),
            Columns.Count("batch", "batch"),
            Columns.Count("lrs", "learning rates"),
            Columns.RegionCount("rc_small_lr", "RC at smallest lr"),
            Columns.RegionCount("rc_large_lr", "RC at largest lr"),
            Columns.Correlation("rho", "Spearman ρ (RC vs lr)"),
            Columns.Text("ordered", "RC(small lr) > RC(large lr)", "seed means, description only"),
        ]);
        var verdicts = new List<Verdict>();
        var figures = new List<ReportFigure>();
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var modelRuns = runs.Where(r => r.Model == model).ToList();
            var means = ConfigMean.Of(modelRuns);
            var series = new List<Series>();
            int ordered = 0, batches = 0;
            foreach (var batch in means.GroupBy(m => m.Config.BatchSize).OrderBy(g => g.Key))
            {
                var byLr = batch.GroupBy(m => m.Config.LearningRate).OrderBy(g => g.Key)
                    .Select(g => (Lr: g.Key, Rc: g.Average(m => m.RegionCount))).ToList();
                if (byLr.Count < 2)
                {
                    continue;
                }
                batches++;
                bool isOrdered = byLr[0].Rc > byLr[^1].Rc;
                ordered += isOrdered ? 1 : 0;
                double? rho = byLr.Count >= 3 && byLr.Select(p => p.Rc).Distinct().Count() > 1
                    ? Correlation.Spearman(byLr.Select(p => p.Lr).ToList(), byLr.Select(p => p.Rc).ToList()).Estimate : null;
                table.Add(model, batch.Key, byLr.Count, byLr[0].Rc, byLr[^1].Rc, rho, isOrdered ? "yes" : "no");
                series.Add(new Series($"batch {batch.Key.ToString(CultureInfo.InvariantCulture)}", byLr.Select(p => p.Lr).ToList(), byLr.Select(p => p.Rc).ToList()));
            }
            var test = BlockedTrend.Of(
                modelRuns.Where(r => r.Completed && r.FinalCounts.ContainsKey(ClaimRun.Segment)).Select(r => (axis.Block(r), axis.Level(r), r.FinalCounts[ClaimRun.Segment])),
                increasing: false, thresholds.Alpha, "batch size × weight decay × seed as blocks");
            trend.Add([model, .. test.Cells()]);
            int completed = modelRuns.Count(r => r.Completed);
            string context = string.Create(CultureInfo.InvariantCulture,
                $"{ordered}/{batches} batch sizes with RC(smallest lr) > RC(largest lr) in the seed means (description); {completed}/{modelRuns.Count} runs completed");
            verdicts.Add(test.Judge(claim.Id, model, axis.Direction, thresholds.Alpha, completed, modelRuns.Count, context,
                TrendPower.Of(test, axis, thresholds.Alpha)));
            if (series.Count > 0)
            {
                figures.Add(new ReportFigure($"{claim.Id.ToLowerInvariant()}-{model}-rc-vs-lr", $"{claim.Id}: {model}, seed-mean region count vs learning rate, one line per batch size",
                    SvgFigures.Lines($"{claim.Id}: region count vs lr ({model})", "learning rate", "region count", series, logX: true)));
            }
            figures.AddRange(Maps(claim, model, modelRuns, means));
        }
        return new ClaimResult(claim, verdicts, table, [trend], figures, []);
    }

    private static IEnumerable<ReportFigure> Maps(ClaimDefinition claim, string model, List<ClaimRun> runs, IReadOnlyList<ConfigMean> means)
    {
        if (means.Count < 2)
        {
            yield break;
        }
        foreach (var (which, config) in new[] { ("low", means.MinBy(m => m.RegionCount)!), ("high", means.MaxBy(m => m.RegionCount)!) })
        {
            var run = runs.Where(r => r.Config == config.Config && r.PlaneMap is not null).OrderBy(r => r.Seed).FirstOrDefault();
            if (run is null)
            {
                continue;
            }
            string caption = string.Create(CultureInfo.InvariantCulture,
                $"{claim.Id}: {model}, {which}-count configuration ({config.Config.Label()}, seed {run.Seed}, mean RC {config.RegionCount:F3}): predicted labels on the plane through three training images");
            yield return new ReportFigure($"{claim.Id.ToLowerInvariant()}-{model}-map-{which}", caption,
                SvgFigures.LabelMap($"{which} count: {config.Config.Label()}", run.PlaneMap!));
        }
    }
}
