using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C1, C2 and C12 (and, through <see cref="CorrelationOptions"/>, C9, C11, C13, C18): per network, the Pearson r (or,
/// for C12, the Spearman ρ) between the seed-mean final region count and the seed-mean generalization gap over
/// configurations, with a seeded percentile bootstrap 95% interval over configurations, judged by
/// <see cref="CorrelationRule"/>. Interpolation is judged per run: a configuration with any completed run below the
/// interpolation threshold of clean train accuracy is left out of the correlation (the table counts them). A planned
/// run without a completed record makes the verdict inconclusive.
/// </summary>
public static class CorrelationClaim
{
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds, bool rank = false) =>
        Analyze(claim, runs, thresholds, new CorrelationOptions { Rank = rank });

    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds, CorrelationOptions options)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        ArgumentNullException.ThrowIfNull(options);
        bool rank = options.Rank;
        int minimum = CorrelationRule.Minimum(thresholds);
        string s = rank ? "ρ" : "r";
        string interpolation = thresholds.Interpolation.ToString("G4", CultureInfo.InvariantCulture);
        var table = new MetricTable("correlation", $"{claim.Id}: {options.CountName} vs {(options.TestError ? "100 − test accuracy" : "generalization gap")}", [
            Columns.Model(),
            Columns.Count("configs", "configs", $"configurations (seed means) correlated; the interval needs at least {minimum}"),
            Columns.Count("runs", "runs", "completed runs / planned runs"),
            Columns.Count("excluded", "excluded", $"configurations left out: a run below {interpolation} % clean train accuracy (interpolation is judged per run)"),
            Columns.Correlation("r", rank ? "Spearman ρ" : "Pearson r"),
            Columns.Correlation("r_lo", $"{s} 95% low", $"seeded percentile bootstrap over configurations ({CorrelationEvidence.Resamples} resamples); — below {minimum} configurations"),
            Columns.Correlation("r_hi", $"{s} 95% high"),
            Columns.PValue("p", $"p ({s} > 0)", rank ? $"one-sided permutation test of ρ ({CorrelationEvidence.Permutations} seeded permutations)" : "one-sided t test of r"),
            Columns.Correlation("other", rank ? "Pearson r" : "Spearman ρ", "the other coefficient, not judged"),
            Columns.RegionCount("rc_min", "RC min"),
            Columns.RegionCount("rc_max", "RC max"),
            options.TestError ? Columns.Percent("err_min", "100 − test min") : Columns.Percent("gap_min", "gap min"),
            options.TestError ? Columns.Percent("err_max", "100 − test max") : Columns.Percent("gap_max", "gap max"),
            Columns.Verdict(),
        ]);
        var verdicts = new List<Verdict>();
        var series = new List<Series>();
        Func<ConfigMean, double> y = options.TestError ? m => m.TestError : m => m.Gap;
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var modelRuns = runs.Where(r => r.Model == model).ToList();
            var (kept, excluded) = Interpolating(modelRuns, options.Probe, thresholds.Interpolation);
            var means = ConfigMean.Of(kept, options.Probe);
            int completed = modelRuns.Count(r => r.Completed);
            var evidence = CorrelationEvidence.Of(means.Select(m => m.RegionCount).ToList(), means.Select(y).ToList(), rank, minimum);
            var verdict = Judge(claim, model, evidence, completed, modelRuns.Count, excluded, means.Count + excluded, thresholds, rank, minimum);
            verdicts.Add(verdict);
            table.Add(model, means.Count, $"{completed}/{modelRuns.Count}", excluded,
                CorrelationEvidence.Cell(evidence.Estimate), CorrelationEvidence.Cell(evidence.Low), CorrelationEvidence.Cell(evidence.High),
                CorrelationEvidence.Cell(evidence.PValue), CorrelationEvidence.Cell(rank ? evidence.Pearson : evidence.Spearman),
                Min(means, m => m.RegionCount), Max(means, m => m.RegionCount), Min(means, y), Max(means, y),
                verdict.OutcomeText);
            var spread = means.Select(m => kept.Where(r => r.Config == m.Config && r.Completed).Select(r => r.FinalCounts[options.Probe]).ToList()).ToList();
            series.Add(new Series(model, means.Select(y).ToList(), means.Select(m => m.RegionCount).ToList(),
                spread.Select(v => v.Min()).ToList(), spread.Select(v => v.Max()).ToList()));
            if (options.PaperFile is { } file && PaperPoints(file, model, options.TestError) is { Count: > 0 } paper)
            {
                series.Add(new Series($"{model}, the authors' files ({file})", paper.Select(p => p.Y).ToList(), paper.Select(p => p.Count).ToList()));
            }
        }
        var (suffix, yName, axis) = options.TestError
            ? ("error", "100 − test accuracy", "100 − test accuracy (points)")
            : ("gap", "generalization gap", "train − test accuracy (points)");
        var figure = new ReportFigure($"{claim.Id.ToLowerInvariant()}-rc-vs-{suffix}",
            $"{claim.Id}: seed-mean {options.CountDescription} vs {yName}, one point per interpolating configuration (bars: the seeds' lowest and highest count), least-squares line per {options.GroupName}" +
                (options.PaperFile is null ? "" : $"; where the authors' {options.PaperFile} file has the network, their seed-mean final counts (epoch 200) beside ours as a series of its own"),
            SvgFigures.ScatterWithFit($"{claim.Id}: {options.CountName} vs {(options.TestError ? "test error" : "gap")}", axis, options.CountName, series));
        return new ClaimResult(claim, verdicts, table, [], [figure], []);
    }

    /// <summary>The authors' seed-mean (count at epoch 200, gap or 100 − test accuracy) per configuration of their file for
    /// this network; empty when they have none.</summary>
    private static IReadOnlyList<(double Y, double Count)> PaperPoints(string file, string model, bool testError) =>
        [.. Paper.PaperReference.ForModel(file, model)
            .GroupBy(r => (r.WeightDecay, r.Lr, r.BatchSize))
            .OrderBy(g => g.Key.Lr).ThenBy(g => g.Key.BatchSize).ThenBy(g => g.Key.WeightDecay)
            .Select(g => (testError ? g.Average(r => 100 - r.TestAcc) : g.Average(r => r.Gap), g.Average(r => r.FinalRegionCount)))];

    /// <summary>The completed runs with a count on <paramref name="probe"/> whose configuration interpolates in every
    /// run (clean train accuracy ≥ <paramref name="threshold"/>; a run without a clean accuracy does not), and how
    /// many configurations were left out for a run below.</summary>
    public static (IReadOnlyList<ClaimRun> Kept, int ExcludedConfigs) Interpolating(IEnumerable<ClaimRun> runs, string probe, double threshold)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var usable = runs.Where(r => r.Completed && r.FinalCounts.ContainsKey(probe)).ToList();
        var underfit = usable.Where(r => !(r.TrainAccuracyClean >= threshold)).Select(r => r.Config).ToHashSet();
        return (usable.Where(r => !underfit.Contains(r.Config)).ToList(), underfit.Count);
    }

    private static Verdict Judge(ClaimDefinition claim, string model, CorrelationEvidence evidence, int completed, int planned,
        int excluded, int configs, ClaimThresholds thresholds, bool rank, int minimum)
    {
        string context = string.Create(CultureInfo.InvariantCulture,
            $"{excluded} of {configs} configurations excluded (a run below {thresholds.Interpolation:G4} % clean train accuracy); {completed}/{planned} runs completed");
        return Judge(claim.Id, model, evidence, completed < planned, context, rank ? thresholds.Spearman : thresholds.PearsonRFor(model), minimum);
    }

    /// <summary>A correlation verdict by <see cref="CorrelationRule"/> (Pearson r, or Spearman ρ when the evidence is a
    /// rank correlation): inconclusive when runs are missing, else the rule's outcome, the evidence followed by
    /// <paramref name="context"/>, and the rule's power at this size.</summary>
    internal static Verdict Judge(string claimId, string subject, CorrelationEvidence evidence, bool runsMissing, string context,
        double threshold, int minimum)
    {
        bool rank = evidence.Rank;
        string rule = CorrelationRule.Text(rank, threshold, minimum);
        string statistic = rank ? "Spearman ρ" : "Pearson r";
        if (runsMissing)
        {
            return Verdict.Undecided(claimId, subject, statistic, evidence.N, rule, $"runs missing or failed: {context}");
        }
        var (outcome, reason) = CorrelationRule.Decide(evidence, threshold, minimum);
        return new Verdict(claimId, subject, outcome, statistic, evidence.Estimate, evidence.Low, evidence.High, evidence.N, rule,
            reason is null ? $"{CorrelationRule.Describe(evidence)}; {context}" : $"{reason}; {context}")
        {
            Power = CorrelationPower.ForVerdict(evidence.N, rank, threshold, minimum),
            ClaimedValue = threshold,
        };
    }

    private static double? Min(IReadOnlyList<ConfigMean> means, Func<ConfigMean, double> f) => means.Count == 0 ? null : means.Min(f);

    private static double? Max(IReadOnlyList<ConfigMean> means, Func<ConfigMean, double> f) => means.Count == 0 ? null : means.Max(f);
}
