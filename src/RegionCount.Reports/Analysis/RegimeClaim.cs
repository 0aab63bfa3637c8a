using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C14, split into its parts, per network and per regime (augmentation, mixup) against the regime "none":
/// <list type="bullet">
/// <item>"&lt;regime&gt; lowers RC": matched runs, the same configuration (every setting but the regime) and the same
/// seed on both sides, so each pair shares initialization and probes; a one-sided paired t test of
/// RC(regime) − RC(none) over the matched pairs, a test verdict Holm-adjusted over the report's test verdicts
/// (reproduced when the adjusted p for lower is below alpha, not reproduced when the adjusted p for higher is). Runs
/// without a match are left out and counted; with no matched pair the comparison is unmatched and not tested. Fewer
/// than <see cref="MinimumPairs"/> pairs: inconclusive.</item>
/// <item>"r under &lt;regime&gt;": the Pearson r of the seed-mean region count vs 100 − test accuracy over the regime's
/// configurations, judged by <see cref="CorrelationRule"/>.</item>
/// </list>
/// The regime "none" itself is C1's data and is not judged here. An arm with runs below the interpolation threshold of
/// clean train accuracy is marked underfit (table and evidence); its runs stay in, so the comparison is of the arms as
/// trained.
/// </summary>
public static class RegimeClaim
{
    /// <summary>
    /// No paired test over fewer matched pairs: with n pairs the smallest p a distribution-free paired test can
    /// attain (sign or signed-rank test, all differences one way) is 2⁻ⁿ, 0.0625 at n = 4, so below 5 pairs only the
    /// t test's normality assumption could produce p &lt; 0.05, and that many pairs cannot check it.
    /// </summary>
    public const int MinimumPairs = 5;

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
        int minimum = CorrelationRule.Minimum(thresholds);
        string interpolation = thresholds.Interpolation.ToString("G4", CultureInfo.InvariantCulture);
        var table = new MetricTable("regimes", $"{claim.Id}: region count under augmentation and mixup", [
            Columns.Model(),
            Columns.Text("regime", "regime"),
            Columns.Count("configs", "configs"),
            Columns.Count("runs", "runs", "completed runs / planned runs"),
            Columns.Count("underfit", "underfit runs", $"completed runs below {interpolation} % clean train accuracy (the arm is marked underfit)"),
            Columns.RegionCount("rc", "mean RC"),
            Columns.Percent("test", "mean test acc"),
            Columns.Correlation("r", "r vs 100 − test"),
            Columns.Correlation("r_lo", "r 95% low", $"seeded percentile bootstrap over configurations; — below {minimum} configurations"),
            Columns.Correlation("r_hi", "r 95% high"),
        ]);
        var comparisons = new MetricTable("comparisons", $"{claim.Id}: region count against no augmentation, matched runs", [
            Columns.Model(),
            Columns.Text("regime", "regime"),
            Columns.Count("pairs", "matched pairs", "runs of the regime with a run of 'none' of the same configuration and seed"),
            Columns.Count("unmatched", "unmatched runs", "runs of the regime without such a partner, left out"),
            Columns.RegionCount("rc", "mean RC (regime)", "over the matched pairs"),
            Columns.RegionCount("rc_none", "mean RC (none)"),
            Columns.RegionCount("diff", "mean difference", "RC(regime) − RC(none) over the matched pairs"),
            Columns.RegionCount("diff_lo", "difference 95% low", "paired t interval"),
            Columns.RegionCount("diff_hi", "difference 95% high"),
            Columns.PValue("p", "p (lower)", $"one-sided paired t test; raw, before the report's Holm adjustment; not run below {MinimumPairs} pairs"),
            Columns.PValue("p_other", "p (higher)"),
        ]);
        var verdicts = new List<Verdict>();
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var byRegime = runs.Where(r => r.Model == model).GroupBy(Regime).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
            byRegime.TryGetValue("none", out var none);
            foreach (var regime in Regimes.Where(byRegime.ContainsKey))
            {
                var arm = byRegime[regime];
                var completed = arm.Where(r => r.Completed && r.FinalCounts.ContainsKey(ClaimRun.Segment)).ToList();
                int underfit = completed.Count(r => !(r.TrainAccuracyClean >= thresholds.Interpolation));
                var means = ConfigMean.Of(completed);
                var r = CorrelationEvidence.Of(means.Select(m => m.RegionCount).ToList(), means.Select(m => m.TestError).ToList(), rank: false, minimum);
                table.Add(model, regime, means.Count, $"{completed.Count}/{arm.Count}", underfit,
                    means.Count == 0 ? null : means.Average(m => m.RegionCount), means.Count == 0 ? null : 100 - means.Average(m => m.TestError),
                    CorrelationEvidence.Cell(r.Estimate), CorrelationEvidence.Cell(r.Low), CorrelationEvidence.Cell(r.High));
                if (regime == "none")
                {
                    continue;
                }
                string mark = underfit > 0
                    ? string.Create(CultureInfo.InvariantCulture, $"underfit arm: {underfit} of {completed.Count} runs below {interpolation} % clean train accuracy")
                    : string.Create(CultureInfo.InvariantCulture, $"every run ≥ {interpolation} % clean train accuracy");
                bool complete = completed.Count == arm.Count && (none is null || none.All(n => n.Completed));
                verdicts.Add(Compare(claim, model, regime, completed, none, complete, mark, thresholds, comparisons));
                verdicts.Add(Correlate(claim, model, regime, r, complete, mark, thresholds, minimum));
            }
        }
        return new ClaimResult(claim, verdicts, table, [comparisons], [], []);
    }

    private static Verdict Compare(ClaimDefinition claim, string model, string regime, List<ClaimRun> arm, List<ClaimRun>? none, bool complete,
        string mark, ClaimThresholds thresholds, MetricTable comparisons)
    {
        string subject = $"{model}: {regime} lowers RC";
        const string Statistic = "mean RC(regime) − RC(none), matched";
        string direction = $"RC({regime}) below RC(none)";
        string rule = new VerdictTest("paired t test over matched runs", direction, double.NaN, double.NaN, thresholds.Alpha).Rule
            + string.Create(CultureInfo.InvariantCulture, $"; at least {MinimumPairs} matched pairs");
        var partners = (none ?? []).Where(n => n.Completed && n.FinalCounts.ContainsKey(ClaimRun.Segment))
            .ToDictionary(n => (Key(n.Config), n.Seed), n => n);
        var pairs = arm.Where(r => partners.ContainsKey((Key(r.Config), r.Seed))).Select(r => (Regime: r, None: partners[(Key(r.Config), r.Seed)])).ToList();
        int unmatched = arm.Count - pairs.Count;
        var a = pairs.Select(p => p.Regime.FinalCounts[ClaimRun.Segment]).ToList();
        var b = pairs.Select(p => p.None.FinalCounts[ClaimRun.Segment]).ToList();
        var d = a.Zip(b, (x, y) => x - y).ToList();
        string matching = pairs.Count == 0
            ? $"unmatched: no run of {regime} shares configuration and seed with a run of 'none'"
            : string.Create(CultureInfo.InvariantCulture, $"{pairs.Count} matched pairs (same configuration and seed), {unmatched} unmatched runs left out");
        string? problem = !complete ? "runs missing or failed"
            : none is null ? "no 'none' arm to compare with"
            : pairs.Count == 0 ? "unmatched comparison, not tested"
            : pairs.Count < MinimumPairs ? string.Create(CultureInfo.InvariantCulture, $"too few matched pairs ({pairs.Count}, minimum {MinimumPairs})")
            : null;
        if (problem is not null)
        {
            comparisons.Add(model, regime, pairs.Count, unmatched, Mean(a), Mean(b), Mean(d), null, null, null, null);
            return Verdict.Undecided(claim.Id, subject, Statistic, pairs.Count, rule, $"{problem}; {matching}; {mark}");
        }
        double diff = d.Average();
        double pLower, pHigher, low, high;
        if (d.Distinct().Count() == 1)
        {
            // Every pair differs by the same amount: the t statistic is ±∞ (or undefined at 0).
            (pLower, pHigher) = diff < 0 ? (0.0, 1.0) : diff > 0 ? (1.0, 0.0) : (1.0, 1.0);
            (low, high) = (diff, diff);
        }
        else
        {
            pLower = PairedTests.PairedT(a, b, Alternative.Less).PValue;
            pHigher = PairedTests.PairedT(a, b, Alternative.Greater).PValue;
            var interval = PairedTests.PairedT(a, b).Interval!;
            (low, high) = (interval.Lower, interval.Upper);
        }
        comparisons.Add(model, regime, pairs.Count, unmatched, a.Average(), b.Average(), diff, low, high, pLower, pHigher);
        var test = new VerdictTest("paired t test over matched runs", direction, pLower, pHigher, thresholds.Alpha);
        return Verdict.FromTest(claim.Id, subject, Statistic, diff, low, high, pairs.Count,
            string.Create(CultureInfo.InvariantCulture, $"RC({regime}) − RC(none) {diff:F3} [{low:F3}, {high:F3}] (paired t interval); {matching}; {mark}"),
            test) with { Threshold = test.Rule + string.Create(CultureInfo.InvariantCulture, $"; at least {MinimumPairs} matched pairs") };
    }

    private static Verdict Correlate(ClaimDefinition claim, string model, string regime, CorrelationEvidence r, bool complete, string mark,
        ClaimThresholds thresholds, int minimum)
    {
        string subject = $"{model}: r under {regime}";
        string rule = CorrelationRule.Text(rank: false, thresholds.PearsonR, minimum) + " (y = 100 − test accuracy)";
        if (!complete)
        {
            return Verdict.Undecided(claim.Id, subject, "Pearson r", r.N, rule, $"runs missing or failed; {mark}");
        }
        var (outcome, reason) = CorrelationRule.Decide(r, thresholds.PearsonR, minimum);
        return new Verdict(claim.Id, subject, outcome, "Pearson r", r.Estimate, r.Low, r.High, r.N, rule,
            $"{reason ?? CorrelationRule.Describe(r)}; {mark}")
        {
            Power = CorrelationPower.ForVerdict(r.N, rank: false, thresholds.PearsonR, minimum),
            ClaimedValue = thresholds.PearsonR,
        };
    }

    /// <summary>The configuration without the regime's settings: what a matched pair shares (with the seed).</summary>
    private static ConfigKey Key(ConfigKey config) => config with { Augmentation = "", MixupAlpha = 0 };

    private static double? Mean(List<double> values) => values.Count == 0 ? null : values.Average();
}
