using System.Globalization;
using RunStatus = RegionCount.Experiments.RunStatus;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Paper;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Assembly;

/// <summary>Assembles the reproducibility report of one profile from its claim outcomes.</summary>
public static class ReportBuilder
{
    public static ReportModel Build(ProfileAnalysis analysis, IReadOnlyList<(string Key, string Value)> environment)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        ArgumentNullException.ThrowIfNull(environment);
        var outcomes = analysis.ClaimIds.Select(id => analysis.Get(id)).OfType<ClaimOutcome>().ToList();
        var rows = VerdictTable.Rows(analysis);
        var runs = analysis.Records.Values.ToList();
        var paper = PaperRecomputation.All;
        var mismatches = paper.Where(n => !n.Matches).ToList();
        var summary = new List<(string, string)>
        {
            ("Scope", $"Claims {string.Join(", ", outcomes.Select(o => o.Result.Claim.Id))} of Li et al. (ICML 2025), at the scale of the `{analysis.Profile.Name}` profile: {analysis.Profile.Description}"),
            ("Method", string.Create(CultureInfo.InvariantCulture,
                $"{analysis.Plan.Runs.Count} planned runs, training runs and studies ({runs.Count(r => r.Status == RunStatus.Completed)} completed, {runs.Count(r => r.Status == RunStatus.Diverged)} diverged, {runs.Count(r => r.Status == RunStatus.Failed)} failed) with TorchSharp (and ML.NET for C16's classifiers); region counts on fixed probes through training points (CLAIMS.md §1); statistics with seeded bootstrap and permutation tests. Every number below comes from the run records in `runs/`.")),
            ("Results", Tally(outcomes)),
            ("Verdict rules", string.Create(CultureInfo.InvariantCulture, $"Every verdict word rests on an interval, a test or an exact check (C8's identical labels, T1's stability bound) stated beside it in the verdict table. A correlation is not reproduced only when its bootstrap 95% interval excludes the claimed value; a point estimate on the wrong side of the threshold with an interval that reaches it is inconclusive. No bootstrap interval is computed over fewer than {CorrelationRule.MinimumConfigurations} configurations (\"too few configurations\"). Interpolation is judged per run: a configuration with any run below the interpolation threshold of clean train accuracy is left out of the correlations that use it, and the tables count them.")),
            ("Multiplicity", Family(analysis.Family)),
            ("What was easy", string.Create(CultureInfo.InvariantCulture,
                $"The estimator itself: the same probes at every measurement, counted on the model's own forward pass. Of the {paper.Count} printed numbers the authors' per-run files can recompute, {paper.Count - mismatches.Count} match to the printed precision{(mismatches.Count == 0 ? "" : $"; {string.Join("; ", mismatches.Select(n => $"{n.Claim} does not ({n.Quantity}: recomputed from the files {n.RecomputedText}, as printed {n.PrintedText})"))}")} (section \"Paper numbers recomputed from the authors' files\").")),
            ("What was hard", "Matching the paper's regime at small scale: every configuration must interpolate the training set for the gap to mean what it means in the paper, and differences in mean region count are small next to the spread over probes, so intervals matter more than point estimates."),
        };
        var sections = new List<ReportSection>();
        if (analysis.Profile.Design is { Count: > 0 } design)
        {
            sections.Add(new ReportSection("design", $"Profile design ({analysis.Profile.Status})", design, [], []));
        }
        sections.AddRange(outcomes.Select(Section));
        if (NotJudgedSection(analysis) is { } notJudged)
        {
            sections.Add(notJudged);
        }
        if (ExactSection(analysis) is { } exact)
        {
            sections.Add(exact);
        }
        sections.Add(PaperSection(paper));
        string plan = AnalysisPlan.Text(analysis.Profile);
        sections.Add(new ReportSection("analysis-plan", "Analysis plan",
            ["Every claim's expectation, experiments, thresholds as applied and how it is judged, the test family and the constants of the intervals, permutations and power simulations; the environment table gives the SHA-256 of this text (UTF-8), so two reports with the same hash were judged by the same plan.",
             "```\n" + plan + "```"], [], []));
        var lines = environment.Append(("analysis plan (SHA-256)",
            $"{AnalysisPlan.HashOf(plan)} (of the text in the section \"Analysis plan\" at the end)")).ToList();
        return new ReportModel($"RegionCount reproducibility report: profile `{analysis.Profile.Name}`", analysis.Profile.Name!,
            lines, summary, VerdictTable.Report(rows), sections, Settings)
        {
            VerdictRows = rows,
            Overview = Figures.ForestPlot.Figure(rows) is { } forest ? [forest] : [],
        };
    }

    /// <summary>The multiplicity paragraph: the family, how it is adjusted, and its members.</summary>
    private static string Family(IReadOnlyList<Verdict> family) => family.Count == 0
        ? "No verdict of this report rests on a hypothesis test, so there is nothing to adjust."
        : string.Create(CultureInfo.InvariantCulture,
            $"The family is {TestFamily.Description}. Here it holds {family.Count} test{(family.Count == 1 ? "" : "s")}: {string.Join(", ", family.Select(v => $"{v.ClaimId} {v.Subject} (p {v.Test!.P:G3}, Holm {v.Test.AdjustedP:G3})"))}.");

    private static string Tally(IReadOnlyList<ClaimOutcome> outcomes)
    {
        var all = outcomes.SelectMany(o => o.Result.Verdicts).ToList();
        return string.Create(CultureInfo.InvariantCulture,
            $"{all.Count} verdicts: {all.Count(v => v.Outcome == VerdictOutcome.Reproduced)} reproduced, {all.Count(v => v.Outcome == VerdictOutcome.NotReproduced)} not reproduced, {all.Count(v => v.Outcome == VerdictOutcome.Inconclusive)} inconclusive. Claims that do not reproduce at this scale are reported with their evidence, never tuned away.");
    }

    /// <summary>Every printed number the authors' files recompute, as printed beside recomputed.</summary>
    private static ReportSection PaperSection(IReadOnlyList<PaperNumber> numbers)
    {
        var table = new MetricTable("paper-numbers", "Printed numbers recomputed from the authors' per-run files", [
            new MetricColumn("claim", "claim"),
            new MetricColumn("quantity", "quantity"),
            new MetricColumn("printed", "as printed", Legend: "the paper's number as quoted in CLAIMS.md §3"),
            new MetricColumn("recomputed", "recomputed from the files", Legend: "the authors' aggregation (seed means per configuration) of their per-run files, one digit more than printed"),
            new MetricColumn("match", "match", Legend: "yes when the recomputed number is within half a unit of the last printed digit"),
        ]);
        foreach (var n in numbers)
        {
            table.Add(n.Claim, n.Quantity, n.PrintedText, n.RecomputedText, n.Matches ? "yes" : "no");
        }
        return new ReportSection("paper-numbers", "Paper numbers recomputed from the authors' files",
            [string.Create(CultureInfo.InvariantCulture,
                $"The authors' per-run result files (src/RegionCount.Reports/Paper/Reference) recompute {numbers.Count(n => n.Matches)} of these {numbers.Count} printed numbers to the printed precision; a match is claimed only where they agree. Printed numbers without a file (C7, C11, C13) are not listed.")],
            [table], []);
    }

    private static ReportSection Section(ClaimOutcome outcome)
    {
        var r = outcome.Result;
        var recomputed = PaperRecomputation.All.Where(n => n.Claim == r.Claim.Id).ToList();
        var paragraphs = new List<string>
        {
            $"*Claim.* {r.Claim.Statement} *{(r.Claim.ValueFromAuthorsFiles ? "Authors' numbers" : "Paper (as printed)")}:* {r.Claim.PaperValue}." + (recomputed.Count == 0 ? ""
                : $" *Recomputed from the authors' files:* {string.Join("; ", recomputed.Select(n => $"{n.Quantity} {n.RecomputedText} ({(n.Matches ? "matches" : "does not match")} the printed {n.PrintedText})"))}."),
            $"*How judged.* {r.Claim.Statistic}. The profile {(outcome.Asserted ? "asserts" : "records")} this claim{(outcome.Note is null ? "" : $" ({outcome.Note})")}.",
        };
        if (outcome.MissingRuns > 0)
        {
            paragraphs.Add(string.Create(CultureInfo.InvariantCulture, $"*Missing runs:* {outcome.MissingRuns} of {outcome.PlannedRuns} planned runs have no record yet."));
        }
        paragraphs.AddRange(r.Verdicts.Select(v => $"- **{v.Subject}: {v.OutcomeText}.** {v.Explanation}. *Judged by:* {v.Threshold}."));
        paragraphs.AddRange(r.Notes);
        return new ReportSection(r.Claim.Id, $"{r.Claim.Id}: {r.Claim.Title}", paragraphs, r.Tables, r.Figures);
    }

    /// <summary>The claims the profile states but plans no run for, each with the profile's reason, so that every claim
    /// of the catalog appears in every report with a verdict or a stated reason.</summary>
    private static ReportSection? NotJudgedSection(ProfileAnalysis analysis)
    {
        var table = new MetricTable("not-judged", "Claims this profile does not judge", [
            new MetricColumn("claim", "claim"),
            new MetricColumn("title", "claim title"),
            new MetricColumn("reason", "reason", Legend: "the profile's note for the claim"),
        ]);
        foreach (var claim in ClaimCatalog.All.Where(c => !analysis.ClaimIds.Contains(c.Id)))
        {
            var note = analysis.Profile.Claims?.TryGetValue(claim.Id, out var expectation) == true ? expectation.Note : null;
            table.Add(claim.Id, claim.Title, note ?? "the profile plans no run for it");
        }
        return table.Rows.Count == 0 ? null : new ReportSection("not-judged", "Claims not judged at this scale",
            [$"The profile `{analysis.Profile.Name}` plans no run for these claims, so they have no verdict here; the reason is the profile's."], [table], []);
    }

    /// <summary>Grid vs exact counts for every run whose profile asks for exact counting (1-D probes, ReLU layer sequences).</summary>
    private static ReportSection? ExactSection(ProfileAnalysis analysis)
    {
        var table = new MetricTable("grid-vs-exact", "Grid estimator vs exact count (same segments)", [
            new MetricColumn("run", "run"),
            new MetricColumn("epoch", "epoch", Decimals: 0),
            new MetricColumn("probes", "segments", Decimals: 0),
            new MetricColumn("grid", "grid mean (200 points)", Decimals: 3),
            new MetricColumn("exact", "exact mean", Decimals: 3),
            new MetricColumn("miss", "missed per segment", Decimals: 3, Legend: "exact − grid: regions the 200-point grid does not see (it can only under-count in 1-D)"),
        ]);
        foreach (var run in analysis.Plan.Runs)
        {
            int index = run.Config.Probes.ToList().FindIndex(p => p.Exact);
            if (index < 0 || !analysis.Records.TryGetValue(run.Fingerprint, out var record))
            {
                continue;
            }
            foreach (var m in record.RegionCounts.Where(m => m.ProbeIndex == index && m.Extra?.ContainsKey("exactMean") == true).OrderBy(m => m.Epoch))
            {
                table.Add(run.Label, m.Epoch, m.PerProbe?.Count, m.Mean, m.Extra!["exactMean"], m.Extra["gridMissMean"]);
            }
        }
        return table.Rows.Count == 0 ? null : new ReportSection("exact", "Grid vs exact counting",
            ["Along a segment a ReLU network is piecewise affine, so its label changes can be found exactly (src/RegionCount/Regions/ExactLineCounter.cs). The table compares the paper's 200-point grid with the exact count on the same segments."],
            [table], []);
    }

    /// <summary>Every setting CLAIMS.md §4 says a faithful run must decide, as this harness decides it.</summary>
    public static IReadOnlyList<(string Setting, string Choice)> Settings { get; } =
    [
        ("Lines through training or test pairs", "training pairs (the paper and the authors' current code); test pairs and rays are probe options"),
        ("Which epoch's count", "the count after the last epoch of the profile"),
        ("Train accuracy", "the running train-mode accuracy of the last epoch (the authors'), and a clean eval-mode pass over the training set, both recorded; the gap uses the running one"),
        ("Gap definition", "train − test accuracy for C1/C2/C12/C5/C10; 100 − test accuracy for C6 and C14, as the paper does"),
        ("Interpolation space", "normalized input space, no clipping to the pixel range"),
        ("Augmentation", "none in the main grid; crop+flip and mixup only in the C14 experiment"),
        ("Seeds", "one seed per run drives initialization, data order, augmentation/mixup and the probe draw; the data subset is fixed (seed 0)"),
    ];
}
