using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C8 from the invariance study's record: an untrained ReLU network measured on fixed segment probes, then its first
/// layer scaled by c &gt; 0 (weights and bias) and the next layer's weights by 1/c, which leaves the function unchanged,
/// and measured again. Verdict per run: reproduced when every probe's label sequence is identical for every c while
/// the parameter norm changes (by more than 0.1 %); not reproduced otherwise; inconclusive when the run is missing.
/// </summary>
public static class InvarianceClaim
{
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        var table = new MetricTable("invariance", "C8: function-preserving rescaling of a ReLU layer", [
            new MetricColumn("c", "scale c", Decimals: 2),
            new MetricColumn("probes", "probes", Decimals: 0),
            new MetricColumn("same", "probes with identical labels", Decimals: 0),
            new MetricColumn("rc_before", "mean RC before", Decimals: 3),
            new MetricColumn("rc_after", "mean RC after", Decimals: 3),
            new MetricColumn("norm_before", "‖θ‖₂ before", Decimals: 3),
            new MetricColumn("norm_after", "‖θ‖₂ after", Decimals: 3),
        ]);
        var verdicts = new List<Verdict>();
        var study = runs.Where(r => r.Study is not null).ToList();
        foreach (var run in study)
        {
            string subject = study.Count == 1 ? run.Model : $"{run.Model}/{run.Dataset} seed {run.Seed}";
            if (!run.Completed || run.StudyRows is not { } rows)
            {
                verdicts.Add(new Verdict(claim.Id, subject, VerdictOutcome.Inconclusive, "probes with identical labels", double.NaN, double.NaN, double.NaN, 0,
                    "every probe identical, norm changed", $"the invariance run is {run.Status}"));
                continue;
            }
            var scales = rows.Column("scale");
            var probes = rows.Column("probes");
            var points = rows.Column("points");
            var same = rows.Column("identical");
            var before = rows.Column("normBefore");
            var after = rows.Column("normAfter");
            var countBefore = rows.Column("meanCountBefore");
            var countAfter = rows.Column("meanCountAfter");
            bool all = true;
            for (int i = 0; i < scales.Count; i++)
            {
                all &= same[i] == probes[i] && Math.Abs(after[i] - before[i]) > 1e-3 * before[i];
                table.Add(scales[i], probes[i], same[i], countBefore[i], countAfter[i], before[i], after[i]);
            }
            verdicts.Add(new Verdict(claim.Id, subject, all ? VerdictOutcome.Reproduced : VerdictOutcome.NotReproduced,
                "probes with identical labels", all ? 1 : 0, double.NaN, double.NaN, (int)probes.Sum(),
                "every probe identical, norm changed",
                string.Create(CultureInfo.InvariantCulture,
                    $"scales {string.Join(", ", scales.Select(s => s.ToString(CultureInfo.InvariantCulture)))}; {probes[0]} segments × {points[0]} points on {run.Dataset}"))
            {
                Power = ExactCheck,
            });
        }
        return new ClaimResult(claim, verdicts, table, [], [], []);
    }

    /// <summary>C8 is an exact check on every probe, not a test on noisy data: no chance of a wrong answer to simulate.</summary>
    internal static readonly VerdictPower ExactCheck = new(double.NaN, double.NaN,
        "no power: an exact check of every probe, not a test on noisy data")
    {
        Needed = "not applicable (exact check)",
    };
}
