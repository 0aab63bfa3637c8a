using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Paper;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C17, the Vision Transformer: the correlation of <see cref="CorrelationClaim"/> (Pearson r of the seed-mean final
/// segment count vs the seed-mean gap over configurations, judged by <see cref="CorrelationRule"/> with the per-network
/// threshold) over the runs of the first experiment the profile lists for the claim (the authors' 27 configurations);
/// the runs of every listed experiment (with the learning rate the authors' correlation leaves out, 1e-3) give the
/// same r over all configurations, shown and not judged. A second table sets both beside the authors' values, recomputed
/// from their result file (<see cref="PaperAnalysis.VitCorrelation"/>: 0.837 over 27, 0.624 over 36).
/// </summary>
public static class TransformerClaim
{
    public static ClaimResult Analyze(ClaimDefinition claim, ClaimInput input)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(input);
        string? judgedExperiment = input.Experiments.Count > 0 ? input.Experiments[0] : null;
        var judged = judgedExperiment is null ? input.Runs : input.Runs.Where(r => r.Experiment == judgedExperiment).ToList();
        var result = CorrelationClaim.Analyze(claim, judged, input.Thresholds);
        var thresholds = input.Thresholds;
        int minimum = CorrelationRule.Minimum(thresholds);
        string interpolation = thresholds.Interpolation.ToString("G4", CultureInfo.InvariantCulture);
        var table = new MetricTable("authors", $"{claim.Id}: region count vs generalization gap beside the authors' values", [
            Columns.Model(),
            Columns.Text("set", "configurations", "the judged set (the first experiment the profile lists for the claim), then every listed experiment's runs together (described, not judged)"),
            Columns.Count("configs", "configs", "configurations (seed means) correlated"),
            Columns.Count("runs", "runs", "completed runs / planned runs"),
            Columns.Count("excluded", "excluded", $"configurations left out: a run below {interpolation} % clean train accuracy"),
            Columns.Correlation("r", "Pearson r"),
            Columns.Correlation("r_lo", "r 95% low", $"seeded percentile bootstrap over configurations ({CorrelationEvidence.Resamples} resamples); — below {minimum} configurations"),
            Columns.Correlation("r_hi", "r 95% high"),
            Columns.Correlation("authors_r", "authors' r", "from the authors' result file (ViT-CIFAR-main/region_count.txt), not the paper text: their corr.py, without lr 1e-3 (27 configurations) and with it (36)"),
            Columns.Count("authors_n", "authors' configs"),
            Columns.Text("judged", "judged"),
        ]);
        var sets = new List<(string Label, IReadOnlyList<ClaimRun> Runs, bool Judged, bool WithExcluded)>
        {
            (judgedExperiment ?? "every run", judged, true, judgedExperiment is null),
        };
        if (input.Experiments.Count > 1)
        {
            sets.Add((string.Join(" + ", input.Experiments), input.Runs, false, true));
        }
        foreach (var model in input.Runs.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            foreach (var (label, runs, isJudged, withExcluded) in sets)
            {
                var modelRuns = runs.Where(r => r.Model == model).ToList();
                var (kept, excluded) = CorrelationClaim.Interpolating(modelRuns, ClaimRun.Segment, thresholds.Interpolation);
                var means = ConfigMean.Of(kept);
                var evidence = CorrelationEvidence.Of(means.Select(m => m.RegionCount).ToList(), means.Select(m => m.Gap).ToList(), rank: false, minimum, withPValue: false);
                var (authors, authorsConfigs) = PaperAnalysis.VitCorrelation(withExcluded);
                table.Add(model, label, means.Count, $"{modelRuns.Count(r => r.Completed)}/{modelRuns.Count}", excluded,
                    CorrelationEvidence.Cell(evidence.Estimate), CorrelationEvidence.Cell(evidence.Low), CorrelationEvidence.Cell(evidence.High),
                    authors.Estimate, authorsConfigs, isJudged ? "yes" : "no");
            }
        }
        return result with { MoreTables = [.. result.MoreTables, table] };
    }
}
