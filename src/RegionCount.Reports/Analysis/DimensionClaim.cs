using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C10: per network and simplex dimension k (probes labelled simplex-k), the Pearson r of the seed-mean count vs
/// the gap over interpolating configurations, and whether counts grow with k. Two verdicts per network:
/// <list type="bullet">
/// <item>"r at every k": every k judged by <see cref="CorrelationRule"/>; reproduced when every k is, not reproduced
/// when some k is not reproduced (its interval's upper end below the threshold), otherwise inconclusive;</item>
/// <item>"counts grow with k": Page's L test of the count increasing in k with each run as a block (every run counts
/// every k on its own simplices), a test verdict Holm-adjusted over the report's test verdicts. The paper's ranges
/// overlap across configurations, so the growth is tested within runs.</item>
/// </list>
/// </summary>
public static class DimensionClaim
{
    public const string Prefix = "simplex-";

    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        int minimum = CorrelationRule.Minimum(thresholds);
        var table = new MetricTable("dimension", $"{claim.Id}: region count on k-simplices", [
            Columns.Model(),
            Columns.Count("k", "k"),
            Columns.Count("configs", "configs", $"interpolating configurations (every run ≥ {thresholds.Interpolation.ToString("G4", CultureInfo.InvariantCulture)} % clean train accuracy)"),
            Columns.Count("excluded", "excluded", "configurations left out for a run below the interpolation threshold"),
            Columns.RegionCount("rc_min", "RC min"),
            Columns.RegionCount("rc_max", "RC max"),
            Columns.Correlation("r", "Pearson r vs gap"),
            Columns.Correlation("r_lo", "r 95% low", $"seeded percentile bootstrap over configurations; — below {minimum} configurations"),
            Columns.Correlation("r_hi", "r 95% high"),
        ]);
        var growth = new MetricTable("growth", $"{claim.Id}: counts increasing in k (Page's L, each run a block)", [
            Columns.Model(),
            .. BlockedTrend.TableColumns("increasing"),
        ]);
        var verdicts = new List<Verdict>();
        var figures = new List<ReportFigure>();
        foreach (var model in runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var modelRuns = runs.Where(r => r.Model == model).ToList();
            int completed = modelRuns.Count(r => r.Completed);
            var dims = modelRuns.SelectMany(r => r.FinalCounts.Keys).Where(k => k.StartsWith(Prefix, StringComparison.Ordinal))
                .Distinct(StringComparer.Ordinal).Select(k => int.Parse(k[Prefix.Length..], CultureInfo.InvariantCulture)).Order().ToList();
            var perK = new List<(int K, CorrelationEvidence R, VerdictOutcome Outcome, string? Reason)>();
            foreach (var k in dims)
            {
                string probe = Prefix + k.ToString(CultureInfo.InvariantCulture);
                var (kept, excluded) = CorrelationClaim.Interpolating(modelRuns, probe, thresholds.Interpolation);
                var means = ConfigMean.Of(kept, probe);
                var r = CorrelationEvidence.Of(means.Select(m => m.RegionCount).ToList(), means.Select(m => m.Gap).ToList(), rank: false, minimum);
                var (outcome, reason) = CorrelationRule.Decide(r, thresholds.PearsonRFor(model), minimum);
                perK.Add((k, r, outcome, reason));
                table.Add(model, k, means.Count, excluded, means.Count == 0 ? null : means.Min(m => m.RegionCount),
                    means.Count == 0 ? null : means.Max(m => m.RegionCount),
                    CorrelationEvidence.Cell(r.Estimate), CorrelationEvidence.Cell(r.Low), CorrelationEvidence.Cell(r.High));
            }
            verdicts.Add(JudgeCorrelation(claim, model, perK, completed, modelRuns.Count, thresholds, minimum));
            var test = BlockedTrend.Of(
                modelRuns.Where(r => r.Completed).SelectMany(r => dims
                    .Where(d => r.FinalCounts.ContainsKey(Prefix + d.ToString(CultureInfo.InvariantCulture)))
                    .Select(d => ((r.Config, r.Seed), (double)d, r.FinalCounts[Prefix + d.ToString(CultureInfo.InvariantCulture)]))),
                increasing: true, thresholds.Alpha, "each run a block");
            growth.Add([model, .. test.Cells()]);
            verdicts.Add(test.Judge(claim.Id, $"{model}: counts grow with k", "increasing in k", thresholds.Alpha, completed, modelRuns.Count,
                string.Create(CultureInfo.InvariantCulture, $"{completed}/{modelRuns.Count} runs completed")));
            if (dims.Count > 0)
            {
                var all = ConfigMean.Of(modelRuns, Prefix + dims[0].ToString(CultureInfo.InvariantCulture));
                figures.Add(new ReportFigure($"{claim.Id.ToLowerInvariant()}-{model}-rc-vs-k", $"{claim.Id}: {model}, seed-mean count per configuration vs simplex dimension k",
                    SvgFigures.Lines($"{claim.Id}: count vs k ({model})", "k", "region count",
                        all.Select(c => new Series(c.Config.Label(), dims.Select(d => (double)d).ToList(),
                            dims.Select(d => c.Counts.TryGetValue(Prefix + d.ToString(CultureInfo.InvariantCulture), out var v) ? v : double.NaN).ToList())))));
            }
        }
        return new ClaimResult(claim, verdicts, table, [growth], figures, []);
    }

    private static Verdict JudgeCorrelation(ClaimDefinition claim, string model, List<(int K, CorrelationEvidence R, VerdictOutcome Outcome, string? Reason)> perK,
        int completed, int planned, ClaimThresholds thresholds, int minimum)
    {
        string subject = $"{model}: r at every k";
        string rule = "every k by the rule: " + CorrelationRule.Text(rank: false, thresholds.PearsonRFor(model), minimum)
            + "; reproduced if every k is, not reproduced if some k is not";
        string evidence = string.Join("; ", perK.Select(p => $"k={p.K}: {p.Reason ?? CorrelationRule.Describe(p.R)}"))
            + string.Create(CultureInfo.InvariantCulture, $"; {completed}/{planned} runs completed");
        double worst = perK.Count == 0 || perK.Any(p => !p.R.Defined) ? double.NaN : perK.Min(p => p.R.Estimate);
        int n = perK.Count == 0 ? 0 : perK.Min(p => p.R.N);
        if (completed < planned || perK.Count < 2)
        {
            return Verdict.Undecided(claim.Id, subject, "min r over k", n, rule,
                completed < planned ? $"runs missing or failed; {evidence}" : $"{perK.Count} simplex dimension(s): nothing to compare; {evidence}");
        }
        var outcome = perK.Any(p => p.Outcome == VerdictOutcome.NotReproduced) ? VerdictOutcome.NotReproduced
            : perK.All(p => p.Outcome == VerdictOutcome.Reproduced) ? VerdictOutcome.Reproduced
            : VerdictOutcome.Inconclusive;
        // The power of one dimension's verdict at the smallest N (the claim needs every k: its own power is at most this).
        return new Verdict(claim.Id, subject, outcome, "min r over k", worst, double.NaN, double.NaN, n, rule, evidence)
        {
            Power = CorrelationPower.ForVerdict(n, rank: false, thresholds.PearsonRFor(model), minimum),
        };
    }
}
