using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Paper;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C19, a known failure mode: per network and learning rate of a large-learning-rate grid, whether C1's correlation
/// holds at that learning rate, judged by <see cref="CorrelationClaim"/> over the batch sizes and weight decays at that
/// learning rate ("not reproduced" at lr 0.5 is the failure the authors' files record). Beside it, the authors' r at
/// lr 0.5 (<see cref="AuthorsFileNumbers.LargeLearningRateR"/>); their re-runs of C2's networks are C2's
/// (<see cref="MoreNetworksClaim"/>).
/// </summary>
public static class LargeLearningRateClaim
{
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(thresholds);
        var byRate = ClaimRunViews.ByLearningRate(runs);
        var result = CorrelationClaim.Analyze(claim, byRate, thresholds, new CorrelationOptions { GroupName = "network and learning rate" });
        var table = new MetricTable("learning-rates", $"{claim.Id}: region count vs generalization gap per learning rate, beside the authors' files", [
            Columns.Text("subject", "network, learning rate", "a configuration is a batch size and weight decay at this learning rate"),
            .. BesideAuthors.Columns(CorrelationRule.Minimum(thresholds)),
            new MetricColumn("authors_r", "authors' r", Decimals: 2, Legend: "from the authors' files (not recomputable here), to their precision: their figure at lr 0.5 reads r ≈ −0.10; — where they give none"),
            Columns.Verdict(),
        ]);
        foreach (var v in result.Verdicts)
        {
            double lr = byRate.First(r => r.Model == v.Subject).LearningRate;
            table.Add([v.Subject, .. BesideAuthors.Cells(v), lr == AuthorsFileNumbers.LargeLearningRate ? AuthorsFileNumbers.LargeLearningRateR : null, v.OutcomeText]);
        }
        string note = string.Create(CultureInfo.InvariantCulture,
            $"*The authors' numbers* are from their result files, which this repository does not embed: their large-learning-rate figure reads r ≈ {AuthorsFileNumbers.LargeLearningRateR:0.00} at lr {AuthorsFileNumbers.LargeLearningRate:G3}. Their re-runs of C2's networks with their released code are shown beside C2's verdicts (the paper profile's C2 section). A verdict here says whether C1's correlation holds at that learning rate; the claim is recorded, never asserted: a failure the authors record is reported, not tuned away.");
        return new ClaimResult(claim, result.Verdicts, table, [result.Table, .. result.MoreTables], result.Figures, [.. result.Notes, note]);
    }
}
