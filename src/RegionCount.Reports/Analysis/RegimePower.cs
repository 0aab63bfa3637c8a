using System.Collections.Concurrent;
using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Paper;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// The power of a C14 "&lt;regime&gt; lowers RC" verdict (<see cref="RegimeClaim"/>): the chance that the one-sided paired
/// t test over the matched pairs gives p &lt; alpha (before the report's Holm adjustment, which can only lower it) if the
/// paper's change held, with the noise our own pairs show. Simulated on <see cref="Simulations"/> samples of n
/// differences drawn from N(c · m, s²): m the mean RC(none) of our pairs, s the standard deviation of our paired
/// differences, c the authors' relative change (<see cref="PaperChange"/>). Assumes normal differences of equal spread
/// at the paper's effect.
/// </summary>
public static class RegimePower
{
    public const int Simulations = 400;

    public const int Seed = 20250516;

    /// <summary>The numbers of matched pairs searched for the size that reaches 80 %.</summary>
    public static IReadOnlyList<int> PairLadder { get; } = [5, 6, 8, 10, 12, 16, 20, 27, 36, 54, 81];

    private static readonly ConcurrentDictionary<string, double> Changes = new(StringComparer.Ordinal);

    /// <summary>The authors' relative change of the final count under <paramref name="regime"/> ("augmentation",
    /// "mixup") against no augmentation, from their ResNet18 files (cifar10_augmentation_Resnet18.csv or
    /// cifar10_mixup_Resnet18.csv against cifar10_grid_Resnet18.csv): the mean over their configurations present in both
    /// files of the seed-mean final count, regime over none, minus 1. Null for another regime.</summary>
    public static double? PaperChange(string regime)
    {
        ArgumentNullException.ThrowIfNull(regime);
        if (regime is not ("augmentation" or "mixup"))
        {
            return null;
        }
        return Changes.GetOrAdd(regime, r =>
        {
            var none = PaperAnalysis.FinalCountByConfiguration(PaperReference.Grid("ResNet18"));
            var arm = PaperAnalysis.FinalCountByConfiguration(r == "mixup" ? PaperReference.Mixup() : PaperReference.Augmentation())
                .Where(c => none.ContainsKey(c.Key)).ToList();
            return (arm.Average(c => c.Value) / arm.Average(c => none[c.Key])) - 1;
        });
    }

    /// <summary>The verdict's power at its <paramref name="differences"/> (regime − none, matched) with the N needed for
    /// 80 %; null for a regime without a paper change, fewer than 2 pairs or differences without spread. Below
    /// <see cref="RegimeClaim.MinimumPairs"/> (where the rule does not test) only the N needed.</summary>
    public static VerdictPower? Of(string regime, IReadOnlyList<double> differences, IReadOnlyList<double> none, double alpha)
    {
        ArgumentNullException.ThrowIfNull(differences);
        ArgumentNullException.ThrowIfNull(none);
        if (PaperChange(regime) is not double change || differences.Count < 2)
        {
            return null;
        }
        double sd = Descriptive.StandardDeviation(differences);
        if (!(sd > 0))
        {
            return null;
        }
        double shift = change * none.Average();
        bool tested = differences.Count >= RegimeClaim.MinimumPairs;
        double power = tested ? Simulate(shift, sd, differences.Count, alpha) : double.NaN;
        int? needed = PairLadder.Cast<int?>().FirstOrDefault(n => Simulate(shift, sd, n!.Value, alpha) >= VerdictPower.Target);
        string alternative = string.Create(CultureInfo.InvariantCulture,
            $"P(paired t p < {alpha:G3} before Holm) if the authors' change held ({100 * change:+0.0;−0.0} % under {regime} in their ResNet18 files, here {shift:F3} on our mean RC(none) {none.Average():F3}) with our SD of differences {sd:F3}");
        string text = tested
            ? string.Create(CultureInfo.InvariantCulture, $"power {power:F2} over {differences.Count} pairs: {alternative}")
            : string.Create(CultureInfo.InvariantCulture, $"no power at {differences.Count} pairs (below the minimum of {RegimeClaim.MinimumPairs}); 80 % of {alternative} needs {(needed is int m ? $"{m} pairs" : $"> {PairLadder[^1]} pairs")}");
        return new VerdictPower(power, double.NaN, text)
        {
            Needed = needed is int k ? string.Create(CultureInfo.InvariantCulture, $"{k} pairs") : string.Create(CultureInfo.InvariantCulture, $"> {PairLadder[^1]} pairs"),
        };
    }

    /// <summary>P(one-sided paired t p &lt; alpha, alternative "lower") over <see cref="Simulations"/> samples of n
    /// differences from N(shift, sd²).</summary>
    internal static double Simulate(double shift, double sd, int n, double alpha)
    {
        var random = new Random(Seed);
        var zeros = new double[n];
        int held = 0;
        for (int sim = 0; sim < Simulations; sim++)
        {
            var d = new double[n];
            for (int i = 0; i < n; i++)
            {
                d[i] = shift + (sd * Power.StandardNormal(random));
            }
            if (PairedTests.PairedT(d, zeros, Alternative.Less).PValue < alpha)
            {
                held++;
            }
        }
        return (double)held / Simulations;
    }
}
