using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// T1 from the profile's stability study records (one per input dimension: every seed × κ level of full-batch GD on a
/// two-layer ReLU net, η = κ·2/λ̄₀) and its toy record (the authors' three points, one decision map per learning rate).
/// Dead runs (every hidden unit inactive on the data, so the output is constant and counts 0 sign changes whatever the
/// boundary would be) are shown apart and left out of the sign-change statistic. Verdict per dimension: not reproduced
/// when a converged run is linearly unstable (η·λ_max/2 &gt; 1 + stabilityTolerance: an exact check of every converged
/// run); otherwise a test verdict on sign changes decreasing in η over the converged live runs (one-sided
/// Jonckheere–Terpstra, seeded permutations), Holm-adjusted over the report's test verdicts: reproduced when the
/// adjusted p (decreasing) is below alpha, not reproduced when the adjusted p (increasing) is, otherwise inconclusive.
/// </summary>
public static class StabilityClaim
{
    public static ThresholdSpec StabilityTolerance { get; } = new("stabilityTolerance", 0.02, "converged runs must satisfy η·λ_max/2 ≤ 1 + this");

    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(runs);
        ArgumentNullException.ThrowIfNull(thresholds);
        var table = new MetricTable("stability", "T1: linear stability and sign changes by step size", [
            new MetricColumn("variant", "variant"),
            new MetricColumn("kappa", "κ = η·λ̄₀/2", Decimals: 3),
            new MetricColumn("eta", "η", Decimals: 4),
            new MetricColumn("conv", "converged", Decimals: 0),
            new MetricColumn("div", "diverged", Decimals: 0),
            new MetricColumn("notc", "not converged", Decimals: 0),
            new MetricColumn("dead", "dead (left out)", Decimals: 0, Legend: "converged runs whose hidden units are all inactive on the data (constant output, 0 sign changes whatever the boundary): shown apart, left out of both sign-change columns and the trend test"),
            new MetricColumn("sc", "sign changes (converged, live)", Decimals: 3),
            new MetricColumn("ratio", "max η·λ_max/2 (converged)", Decimals: 3, Legend: "over every converged run, dead ones included"),
            new MetricColumn("sc_end", "sign changes (non-diverged, live)", Decimals: 3, Legend: "exploratory: every run that did not diverge, where the step budget stopped it, dead ones (converged or not) left out"),
        ]);
        var verdicts = new List<Verdict>();
        var figures = new List<ReportFigure>();
        var notes = new List<string>();
        foreach (var run in runs.Where(r => r.Study?.Kind == Experiments.StudyKind.Stability))
        {
            var study = run.Study!;
            int dimension = study.Dimensions!.Single();
            string variant = dimension == 1 ? "1-D" : $"embedded {dimension}-D";
            if (!run.Completed || run.StudyRows is not { } rows)
            {
                verdicts.Add(Verdict.Undecided(claim.Id, variant, "JT p (sign changes decreasing in η)", 0,
                    Rule(thresholds, "Jonckheere–Terpstra over converged live runs (seeded permutations)"), $"the stability run is {run.Status}"));
                continue;
            }
            var levels = Levels(rows);
            foreach (var l in levels)
            {
                table.Add(variant, l.Kappa, l.Eta, l.Converged.Count, l.Diverged, l.NotConverged, l.Collapsed,
                    l.Live.Count == 0 ? null : l.Live.Average(r => r.SignChanges),
                    l.Converged.Count == 0 ? null : l.Converged.Max(r => r.Ratio),
                    l.NonDivergedLive.Count == 0 ? null : l.NonDivergedLive.Average(r => r.SignChanges));
            }
            verdicts.Add(Judge(claim, variant, study, levels, thresholds));
            if (figures.Count == 0)
            {
                figures.Add(new("t1-sign-changes", $"T1: mean sign changes along the data line vs η (converged live runs, and all non-diverged live runs; dead runs left out), {variant} variant",
                    SvgFigures.Lines("T1: sign changes vs η", "η", "sign changes", [
                        Series(levels, "converged", l => l.Live.Select(r => r.SignChanges)),
                        Series(levels, "all non-diverged", l => l.NonDivergedLive.Select(r => r.SignChanges))], logX: true)));
                figures.Add(new("t1-stability", $"T1: η·λ_max/2 at convergence vs η (stability demands ≤ 1), {variant} variant",
                    SvgFigures.Lines("T1: η·λ_max/2 vs η", "η", "η·λ_max/2", [
                        Series(levels, "converged", l => l.Converged.Select(r => r.Ratio))], logX: true)));
            }
            notes.Add(string.Create(CultureInfo.InvariantCulture,
                $"Design ({variant}) fixed in the profile before the first run: {study.Points} points on a line, labels ±1 in blocks of {study.BlockSize}, width-{study.Width} two-layer ReLU net, squared loss, full-batch GD for up to {study.MaxSteps:N0} steps, η = κ·2/λ̄₀ for κ in {{{string.Join(", ", study.Kappas!.Select(k => k.ToString("G4", CultureInfo.InvariantCulture)))}}}, {study.Seeds!.Count} seeds."));
        }
        var toyTable = new MetricTable("toy", "T1 toy: three collinear points, 2→5→1 ReLU net, sigmoid + BCE", [
            new MetricColumn("lr", "learning rate", Decimals: 4),
            new MetricColumn("regions", "regions", Decimals: 0),
            new MetricColumn("loss", "final loss", Decimals: 4),
            new MetricColumn("correct", "train points right", Decimals: 0),
        ]);
        foreach (var toy in runs.Where(r => r.Study?.Kind == Experiments.StudyKind.Toy && r.Completed && r.StudyRows is not null))
        {
            var rows = toy.StudyRows!;
            var lrs = rows.Column("learningRate");
            var regions = rows.Column("regions");
            var loss = rows.Column("finalLoss");
            var correct = rows.Column("trainCorrect");
            for (int i = 0; i < lrs.Count; i++)
            {
                toyTable.Add(lrs[i], regions[i], loss[i], correct[i]);
                if (i < toy.StudyMaps.Count)
                {
                    figures.Add(new ReportFigure(
                        string.Create(CultureInfo.InvariantCulture, $"t1-toy-lr-{lrs[i]:G4}").Replace('.', '_'),
                        string.Create(CultureInfo.InvariantCulture, $"T1 toy: lr {lrs[i]:G4}, {regions[i]} regions on [−2, 2]² (4-connectivity), {correct[i]}/3 training points right"),
                        SvgFigures.LabelMap(string.Create(CultureInfo.InvariantCulture, $"toy, lr {lrs[i]:G4}: {regions[i]} regions"), toy.StudyMaps[i])));
                }
            }
        }
        return new ClaimResult(claim, verdicts, table, [toyTable], figures, notes);
    }

    private sealed record Row(int Level, double Kappa, double Eta, double Status, double Ratio, double SignChanges, double ActiveUnits)
    {
        /// <summary>Every hidden unit inactive on the data: the output is constant, its 0 sign changes are no boundary.</summary>
        public bool Dead => ActiveUnits == 0;
    }

    private sealed record Level(double Kappa, double Eta, IReadOnlyList<Row> Converged, int Diverged, int NotConverged, int Collapsed, IReadOnlyList<Row> NonDiverged)
    {
        /// <summary>Converged runs that are not dead: the sign-change statistic's runs.</summary>
        public IReadOnlyList<Row> Live => [.. Converged.Where(r => !r.Dead)];

        /// <summary>Non-diverged runs that are not dead (the exploratory statistic's runs).</summary>
        public IReadOnlyList<Row> NonDivergedLive => [.. NonDiverged.Where(r => !r.Dead)];
    }

    private static List<Level> Levels(Experiments.MetricTable rows)
    {
        var level = rows.Column("level");
        var kappa = rows.Column("kappa");
        var eta = rows.Column("eta");
        var status = rows.Column("status");
        var eigen = rows.Column("topEigenvalue");
        var signs = rows.Column("signChanges");
        var active = rows.Column("activeUnits");
        var all = Enumerable.Range(0, level.Count)
            .Select(i => new Row((int)level[i], kappa[i], eta[i], status[i], eta[i] * eigen[i] / 2, signs[i], active[i])).ToList();
        return [.. all.GroupBy(r => r.Level).OrderBy(g => g.Key).Select(g =>
        {
            var here = g.ToList();
            var converged = here.Where(r => r.Status == Experiments.StudyRows.Converged).ToList();
            return new Level(here[0].Kappa, here[0].Eta, converged, here.Count(r => r.Status == Experiments.StudyRows.Diverged),
                here.Count(r => r.Status == Experiments.StudyRows.NotConverged), converged.Count(r => r.Dead),
                here.Where(r => r.Status != Experiments.StudyRows.Diverged).ToList());
        })];
    }

    private const string Direction = "sign changes decreasing in η";

    private static string Rule(ClaimThresholds thresholds, string method) => string.Create(CultureInfo.InvariantCulture,
        $"not reproduced if a converged run has η·λ_max/2 > {1 + thresholds.Get(StabilityTolerance.Name):G3} (exact check); otherwise ")
        + new VerdictTest(method, Direction, double.NaN, double.NaN, thresholds.Alpha).Rule;

    private static Verdict Judge(ClaimDefinition claim, string variant, Experiments.StudySpec study, List<Level> levels, ClaimThresholds thresholds)
    {
        const string Method = "Jonckheere–Terpstra over converged live runs (seeded permutations)";
        const string Statistic = "JT p (sign changes decreasing in η)";
        string rule = Rule(thresholds, Method);
        var converged = levels.SelectMany(l => l.Converged).ToList();
        var live = levels.SelectMany(l => l.Live).ToList();
        double limit = 1 + thresholds.Get(StabilityTolerance.Name);
        var unstable = converged.Where(c => c.Ratio > limit).ToList();
        double decreasing = Trend(levels.Select(l => l.Live), study, Alternative.Less);
        double increasing = Trend(levels.Select(l => l.Live), study, Alternative.Greater);
        double decreasingAtEnd = Trend(levels.Select(l => l.NonDivergedLive), study, Alternative.Less);
        int total = levels.Sum(l => l.Converged.Count + l.Diverged + l.NotConverged);
        int dead = converged.Count - live.Count;
        string evidence = string.Create(CultureInfo.InvariantCulture,
            $"{converged.Count}/{total} runs converged, {dead} of them dead (left out of the sign-change statistic); max η·λ_max/2 {(converged.Count == 0 ? double.NaN : converged.Max(c => c.Ratio)):F3}; exploratory over all non-diverged live runs p(decreasing) {decreasingAtEnd:G3}");
        if (unstable.Count > 0)
        {
            return new Verdict(claim.Id, variant, VerdictOutcome.NotReproduced, "max η·λ_max/2 (converged)", converged.Max(c => c.Ratio), double.NaN, double.NaN,
                converged.Count, rule, string.Create(CultureInfo.InvariantCulture, $"{unstable.Count} converged runs beyond the stability limit {limit:G3}; {evidence}"));
        }
        if (double.IsNaN(decreasing))
        {
            return Verdict.Undecided(claim.Id, variant, Statistic, live.Count, rule,
                $"fewer than two η levels with a converged live run: no trend to test; {evidence}");
        }
        var test = new VerdictTest(Method, Direction, decreasing, increasing, thresholds.Alpha);
        return Verdict.FromTest(claim.Id, variant, Statistic, decreasing, double.NaN, double.NaN, live.Count, $"{evidence}; {NoPower.Description}", test)
            with { Threshold = rule, Power = NoPower };
    }

    /// <summary>T1 is a theorem: it states a direction (fewer sign changes as η grows, within the stability limit) and no
    /// effect size, and the authors give no runs of this study, so there is no alternative to simulate a power under.</summary>
    internal static readonly VerdictPower NoPower = new(double.NaN, double.NaN,
        "no power: T1 is a theorem that states a direction and no effect size, and the authors give no runs of this study, so there is no alternative to simulate")
    {
        Needed = "not defined (no effect size)",
    };

    /// <summary>One-sided Jonckheere–Terpstra permutation p over the η levels that have runs, in increasing order
    /// (the study's permutations, seeded by its data seed); NaN with fewer than two such levels.</summary>
    private static double Trend(IEnumerable<IReadOnlyList<Row>> groups, Experiments.StudySpec study, Alternative alternative)
    {
        var nonEmpty = groups.Where(g => g.Count > 0).Select(g => (IReadOnlyList<double>)g.Select(r => r.SignChanges).ToList()).ToList();
        return nonEmpty.Count < 2 ? double.NaN
            : TrendTests.JonckheerePermutation(nonEmpty, study.Permutations!.Value, unchecked((int)study.DataSeed!.Value), alternative).PValue;
    }

    private static Series Series(List<Level> levels, string name, Func<Level, IEnumerable<double>> pick)
    {
        var kept = levels.Select(l => (l.Eta, Values: pick(l).ToList())).Where(l => l.Values.Count > 0).ToList();
        var intervals = kept.Select(l => l.Values.Count >= 2 && l.Values.Distinct().Count() > 1 ? Descriptive.MeanInterval(l.Values) : null).ToList();
        return new Series(name, kept.Select(l => l.Eta).ToList(), kept.Select(l => l.Values.Average()).ToList(),
            intervals.Select((iv, i) => iv?.Lower ?? kept[i].Values.Average()).ToList(),
            intervals.Select((iv, i) => iv?.Upper ?? kept[i].Values.Average()).ToList());
    }
}
