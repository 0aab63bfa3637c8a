using System.Globalization;
using RegionCount.Statistics;

namespace RegionCount.Reports.Paper;

/// <summary>One number the paper prints (as quoted in CLAIMS.md §3), beside the same number recomputed from the
/// authors' per-run files (<see cref="PaperReference"/>) with the authors' aggregation.</summary>
/// <param name="Claim">C1 … C18.</param>
/// <param name="Quantity">What the number is.</param>
/// <param name="Printed">As printed.</param>
/// <param name="Decimals">Digits after the point as printed; the match tolerance is half a unit of the last one.</param>
/// <param name="Recomputed">Recomputed from the files.</param>
public sealed record PaperNumber(string Claim, string Quantity, double Printed, int Decimals, double Recomputed)
{
    /// <summary>Whether the recomputed number rounds to the printed one (|Δ| ≤ half a unit of the last printed digit).</summary>
    public bool Matches => Math.Abs(Recomputed - Printed) <= (0.5 * Math.Pow(10, -Decimals)) + 1e-12;

    /// <summary>The printed value with its printed digits.</summary>
    public string PrintedText => Printed.ToString("F" + Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>The recomputed value with one digit more than printed.</summary>
    public string RecomputedText => Recomputed.ToString("F" + (Decimals + 1).ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);
}

/// <summary>
/// Every printed number of CLAIMS.md §3 that the authors' per-run files can recompute, recomputed. Most match to
/// the printed precision; two do not: C12's Spearman ρ (files 0.956, printed 0.954) and C18's early-epoch r (the
/// authors' column rc_epoch_60 gives 0.893 against final 100 − test accuracy, printed 0.93 for "epoch 59"). Numbers
/// without a file (C7, C11, C13) are not listed.
/// </summary>
public static class PaperRecomputation
{
    private static readonly Lazy<IReadOnlyList<PaperNumber>> Numbers = new(Compute);

    /// <summary>C3's printed ResNet18 lr-sweep means, lr 0.001 → 0.1.</summary>
    private static readonly double[] LrSweepMeans = [3.827, 2.903, 2.763, 2.703, 2.717];

    /// <summary>C4's printed ResNet18 batch-sweep means, batch 32 → 1024.</summary>
    private static readonly double[] BatchSweepMeans = [2.613, 2.700, 2.607, 2.763, 2.930, 3.027];

    public static IReadOnlyList<PaperNumber> All => Numbers.Value;

    private static List<PaperNumber> Compute()
    {
        var numbers = new List<PaperNumber>();
        foreach (var (net, printed, claim) in new[]
        {
            ("ResNet18", 0.9844, "C1"), ("EfficientNetB0", 0.9801, "C1"), ("SENet18", 0.9814, "C1"), ("ResNet34", 0.9751, "C2"),
            ("VGG19", 0.9377, "C2"), ("MobileNet", 0.9490, "C2"), ("ShuffleNetV2", 0.9526, "C2"), ("RegNetX_200MF", 0.9797, "C2"), ("SimpleDLA", 0.9832, "C2"),
        })
        {
            numbers.Add(new(claim, $"{net}: Pearson r, seed-mean final count vs gap, 27 configurations", printed, 4, PaperAnalysis.GridCorrelation(net).Estimate));
        }
        var lr = PaperAnalysis.Aggregate(PaperReference.LrSweep("ResNet18"));
        foreach (var (g, printed) in lr.Zip(LrSweepMeans))
        {
            numbers.Add(new("C3", string.Create(CultureInfo.InvariantCulture, $"ResNet18 lr sweep: mean count at lr {g.Lr:G3}"), printed, 3, g.MeanFinalRegionCount));
        }
        var batch = PaperAnalysis.Aggregate(PaperReference.BatchSweep("ResNet18"));
        foreach (var (g, printed) in batch.Zip(BatchSweepMeans))
        {
            numbers.Add(new("C4", string.Create(CultureInfo.InvariantCulture, $"ResNet18 batch sweep: mean count at batch {g.BatchSize}"), printed, 3, g.MeanFinalRegionCount));
        }
        var teaser = PaperReference.Teaser();
        numbers.Add(new("C5", "Figure 1: Pearson r, count vs gap (ResNet18, wd 1e-6, one seed)", 0.98, 2,
            Correlation.Pearson(teaser.Select(r => r.FinalRegionCount).ToArray(), teaser.Select(r => r.Gap).ToArray()).Estimate));
        var measures = PaperAnalysis.ParamMeasureCorrelations();
        numbers.Add(new("C6", "ResNet18: r of distance from initialization vs 100 − test", 0.74, 2, measures["distance_from_init"].Estimate));
        numbers.Add(new("C6", "ResNet18: r of margin vs 100 − test", 0.60, 2, measures["margin"].Estimate));
        numbers.Add(new("C6", "ResNet18: r of normalized margin vs 100 − test", 0.16, 2, measures["normalized_margin"].Estimate));
        foreach (var (net, printed) in new[] { ("ResNet18", -0.966), ("ResNet34", -0.978), ("VGG19", -0.630), ("MobileNet", -0.949) })
        {
            numbers.Add(new("C9", $"{net} on CIFAR-100: Pearson r, seed-mean final count vs test accuracy", printed, 3, PaperAnalysis.Cifar100Correlation(net).Estimate));
        }
        var dims = PaperAnalysis.DimensionCorrelations("ResNet18");
        foreach (var (k, printed) in new[] { (2, 0.961), (3, 0.969), (4, 0.972), (5, 0.963) })
        {
            numbers.Add(new("C10", string.Create(CultureInfo.InvariantCulture, $"ResNet18: Pearson r on {k}-D simplices vs gap"), printed, 3, dims[k].Estimate));
        }
        var grid = PaperAnalysis.Aggregate(PaperReference.Grid("ResNet18"));
        numbers.Add(new("C12", "ResNet18: Spearman ρ, seed-mean final count vs gap, 27 configurations", 0.954, 3,
            Correlation.Spearman(grid.Select(g => g.MeanFinalRegionCount).ToArray(), grid.Select(g => g.MeanGap).ToArray()).Estimate));
        numbers.Add(new("C14", "ResNet18 with augmentation: Pearson r vs 100 − test", 0.96, 2, PaperAnalysis.AugmentationCorrelation().Estimate));
        numbers.Add(new("C14", "ResNet18 with mixup: Pearson r vs 100 − test", 0.97, 2, PaperAnalysis.MixupCorrelation().Estimate));
        numbers.Add(new("C14", "ResNet18 with augmentation: mean final count", 2.72, 2, PaperAnalysis.MeanFinalRegionCount(PaperAnalysis.Aggregate(PaperReference.Augmentation()))));
        numbers.Add(new("C14", "ResNet18 with mixup: mean final count", 2.66, 2, PaperAnalysis.MeanFinalRegionCount(PaperAnalysis.Aggregate(PaperReference.Mixup()))));
        numbers.Add(new("C14", "ResNet18 without either: mean final count", 3.31, 2, PaperAnalysis.MeanFinalRegionCount(grid)));
        numbers.Add(new("C18", "ResNet18 on CIFAR-100: Pearson r, count at 'epoch 59' (the files' column rc_epoch_60) vs final 100 − test", 0.93, 2,
            PaperAnalysis.EarlyEpochCorrelation("ResNet18", 60).Estimate));
        return numbers;
    }
}
