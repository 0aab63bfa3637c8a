using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Paper;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// C15 from a weight-decay sweep: per slice (a network, learning rate and batch size: everything but the weight decay
/// fixed), the Pearson r of the seed-mean final region count vs the seed-mean gap over the slice's weight decays, judged
/// by <see cref="CorrelationClaim"/> (C1's rule, interpolation filter, missing runs, minimum N and power) with a weight
/// decay as a configuration. Within a slice, because the claim is about weight decay: pooled over slices the
/// correlation would carry the learning-rate and batch-size effects that C1, C3 and C4 judge, and the authors' figure is
/// one slice. Beside it, the authors' three readings of their runs (<see cref="AuthorsFileNumbers"/>) and ours of each
/// slice read the same three ways, description only.
/// </summary>
public static class WeightDecayClaim
{
    public static ClaimResult Analyze(ClaimDefinition claim, IReadOnlyList<ClaimRun> runs, ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(claim);
        ArgumentNullException.ThrowIfNull(thresholds);
        var slices = ClaimRunViews.ByLearningRateAndBatch(runs);
        var result = CorrelationClaim.Analyze(claim, slices, thresholds, new CorrelationOptions { GroupName = "network, learning rate and batch size" });
        int minimum = CorrelationRule.Minimum(thresholds);
        string below = AuthorsFileNumbers.WeightDecayFigureBelow.ToString("G3", CultureInfo.InvariantCulture);
        var readings = new MetricTable("readings", $"{claim.Id}: the authors' three readings of their weight-decay runs, and ours of each slice", [
            Columns.Text("slice", "slice", "network, learning rate and batch size; a configuration is a weight decay"),
            Columns.Text("reading", "reading", "which weight decays, and which measurement of the count (the gap is always the final one); the last reading is the verdict's"),
            Columns.Text("epoch", "count at epoch", "the measurement read, of the last measured epoch"),
            .. BesideAuthors.Columns(minimum),
            new MetricColumn("authors_r", "authors' r", Decimals: -3, Legend: "from the authors' files (not recomputable here), to their precision: ResNet18, lr 0.1, batch 256, one seed, 200 epochs, counts every 10 epochs"),
        ]);
        foreach (var slice in slices.Select(r => r.Model).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal))
        {
            var (kept, _) = CorrelationClaim.Interpolating(slices.Where(r => r.Model == slice), ClaimRun.Segment, thresholds.Interpolation);
            var epochs = kept.SelectMany(r => r.CountsByEpoch).Select(c => c.Epoch).Where(e => e > 0).Distinct().Order().ToList();
            int? last = epochs.Count > 0 ? epochs[^1] : null;
            int? beforeLast = epochs.Count > 1 ? epochs[^2] : null;
            var figure = kept.Where(r => r.WeightDecay < AuthorsFileNumbers.WeightDecayFigureBelow).ToList();
            foreach (var (reading, selected, epoch, authors) in new (string, IReadOnlyList<ClaimRun>, int?, double)[]
            {
                ($"wd < {below}, the count one measurement before the last (the authors' figure: epoch 190 through an off-by-one)",
                    beforeLast is null ? [] : ClaimRunViews.AtEarlyEpoch(figure, beforeLast), beforeLast, AuthorsFileNumbers.WeightDecayFigure),
                ($"wd < {below}, the final count", figure, last, AuthorsFileNumbers.WeightDecayAtEpoch200),
                ("every weight decay, the final count", kept, last, AuthorsFileNumbers.WeightDecayAllValues),
            })
            {
                var means = ConfigMean.Of(selected);
                var evidence = CorrelationEvidence.Of(means.Select(m => m.RegionCount).ToList(), means.Select(m => m.Gap).ToList(), rank: false, minimum);
                string at = epoch is int e ? string.Create(CultureInfo.InvariantCulture, $"{e} of {last}") : "—";
                readings.Add([slice, reading, at, .. BesideAuthors.Cells(evidence), authors]);
            }
        }
        var notes = new List<string>
        {
            string.Create(CultureInfo.InvariantCulture,
                $"*The authors' numbers* (column \"authors' r\") are from their result files, which this repository does not embed (issue 18's reading of them): their weight-decay figure prints \"Correlation: {AuthorsFileNumbers.WeightDecayFigure:0.00}\", the Pearson r over their 8 runs with weight decay below {below} at lr 0.1, batch 256 (ResNet18, one seed), with the count read at epoch 190 through an off-by-one; the same runs give {AuthorsFileNumbers.WeightDecayAtEpoch200:0.000} with the count at epoch 200, and all 10 of their weight decays {AuthorsFileNumbers.WeightDecayAllValues:0.000}. Our readings of a slice use its interpolating weight decays (the verdict's), one measurement before the last standing for their epoch 190."),
        };
        return result with { MoreTables = [.. result.MoreTables, readings], Notes = [.. result.Notes, .. notes] };
    }
}
