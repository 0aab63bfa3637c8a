using System.Globalization;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Assembly;

/// <summary>
/// The verdict rows of a profile's report, built in one place (<see cref="Rows"/>), and the two tables printed from
/// them: the report's verdict table (<see cref="Report"/>) and the text-only snapshot
/// expected/&lt;profile&gt;/verdicts/verdicts.verified.md (<see cref="Build(ProfileAnalysis)"/>: claim, subject, asserted
/// or recorded, verdict), compared exactly in every snapshot mode.
/// </summary>
public static class VerdictTable
{
    public const string Name = "verdicts";

    /// <summary>Every verdict of the profile's claims in catalog order, test verdicts with their raw and Holm-adjusted p.</summary>
    public static IReadOnlyList<VerdictRow> Rows(ProfileAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var rows = new List<VerdictRow>();
        foreach (var outcome in analysis.ClaimIds.Select(analysis.Get).OfType<ClaimOutcome>())
        {
            foreach (var v in outcome.Result.Verdicts)
            {
                rows.Add(new VerdictRow(v.ClaimId, v.Subject, outcome.Result.Claim.PaperValue, v.Statistic, v.Value, v.Low, v.High, v.N,
                    v.Threshold, outcome.Asserted ? "asserted" : "recorded", v.OutcomeText, v.Explanation)
                {
                    P = v.Test?.P ?? double.NaN,
                    AdjustedP = v.Test?.AdjustedP ?? double.NaN,
                    POpposite = v.Test?.POpposite ?? double.NaN,
                    AdjustedPOpposite = v.Test?.AdjustedPOpposite ?? double.NaN,
                    PowerReproduced = v.Power?.Reproduced ?? double.NaN,
                    PowerNotReproduced = v.Power?.NotReproducedIfNone ?? double.NaN,
                    NeededFor80 = v.Power?.Needed,
                    ClaimedValue = v.ClaimedValue,
                    PaperPoint = Figures.ForestPlot.IsCorrelation(v.Statistic)
                        ? Figures.ForestPlot.PaperPoint(outcome.Result.Claim.PaperValue, v.Subject) : double.NaN,
                });
            }
        }
        return rows;
    }

    /// <summary>The snapshot table: text only.</summary>
    public static MetricTable Build(ProfileAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var table = new MetricTable(Name, $"Verdicts of profile {analysis.Profile.Name}", [
            new MetricColumn("claim", "claim"),
            new MetricColumn("subject", "subject"),
            new MetricColumn("role", "asserted or recorded"),
            new MetricColumn("verdict", "verdict"),
        ]);
        foreach (var row in Rows(analysis))
        {
            table.Add(row.Claim, row.Subject, row.Expectation, row.Verdict);
        }
        return table;
    }

    /// <summary>The report's verdict table, every verdict word beside the rule and the interval or p it rests on.</summary>
    public static MetricTable Report(IReadOnlyList<VerdictRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var table = new MetricTable(Name, "Verdicts", [
            new MetricColumn("claim", "claim"),
            new MetricColumn("subject", "subject"),
            new MetricColumn("paper", "paper"),
            new MetricColumn("statistic", "statistic"),
            new MetricColumn("ours", "ours [95% interval]"),
            new MetricColumn("n", "N", Decimals: 0),
            new MetricColumn("p", "p (raw)", Decimals: 4, Legend: "one-sided p in the claimed direction of a test verdict; — for a verdict judged by an interval or an exact check"),
            new MetricColumn("p_holm", "p (Holm)", Decimals: 4, Legend: "that p Holm-adjusted over every test verdict of this report (the family, see the summary): reproduced when below alpha"),
            new MetricColumn("p_opp_holm", "p opposite (Holm)", Decimals: 4, Legend: "the one-sided p in the opposite direction, Holm-adjusted over the family's opposite-direction tests: not reproduced when below alpha"),
            new MetricColumn("power", "power", Decimals: 2, Legend: "the chance the verdict's rule says reproduced at this size if the paper's effect were true, simulated through the rule itself (Monte-Carlo error ≤ 0.025): for a correlation, true ρ = 0.98 (the paper's median C1/C2 r) over N normal configurations with the same bootstrap; for a C3/C4/C5 trend, the paper's relative change of the count per log-level (ResNet18) on our blocks with our residual noise, Page's L p below alpha before Holm (C10's growth: the authors' ResNet18 growth from k 2 to 5); for C6/C7, the D rule on normal configurations with the paper's correlations (C6: the authors' own matrix); for C14's comparisons, the paired t test at the authors' change with our spread; — below the minimum N, for an exact check (C8) and for T1 (a theorem: no effect size)"),
            new MetricColumn("power0", "P(not repr. | none)", Decimals: 2, Legend: "for a correlation, the chance the same rule says not reproduced if there were no association (ρ = 0); — for a trend, where not reproduced needs a significant opposite trend (at most alpha with none)"),
            new MetricColumn("needed", "N for 80 % power", Legend: "the size at which the same rule, simulated the same way, says reproduced with probability ≥ 0.8: configurations for a correlation or a C6/C7 difference (searched up to 81), complete blocks for a trend with our residual noise, matched pairs for a C14 comparison; — where no power is computed"),
            new MetricColumn("threshold", "judged by"),
            new MetricColumn("expectation", "profile"),
            new MetricColumn("verdict", "verdict"),
        ]);
        foreach (var v in rows)
        {
            table.Add(v.Claim, v.Subject, v.Paper, v.Statistic, Ours(v), v.N, CorrelationEvidence.Cell(v.P), CorrelationEvidence.Cell(v.AdjustedP),
                CorrelationEvidence.Cell(v.AdjustedPOpposite), CorrelationEvidence.Cell(v.PowerReproduced),
                CorrelationEvidence.Cell(v.PowerNotReproduced), v.NeededFor80 ?? "—", v.Rule, v.Expectation, VerdictBadge.Markdown(v.Verdict));
        }
        return table;
    }

    private static string Ours(VerdictRow v)
    {
        static string F(double x) => x.ToString("F3", CultureInfo.InvariantCulture);
        return double.IsNaN(v.Value) ? "—" : double.IsNaN(v.Low) ? F(v.Value) : $"{F(v.Value)} [{F(v.Low)}, {F(v.High)}]";
    }
}
