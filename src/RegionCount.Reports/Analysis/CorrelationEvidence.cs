using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// A correlation over configurations as a verdict reads it: the judged coefficient (Pearson r, or Spearman ρ with
/// <see cref="Rank"/>) with its one-sided p-value for a positive association and its seeded percentile bootstrap 95%
/// interval over configurations, and the other coefficient beside it. The interval is left out (NaN) below the
/// minimum number of configurations (<see cref="CorrelationRule.MinimumConfigurations"/>); everything is NaN for fewer
/// than 3 points or a constant side.
/// </summary>
/// <param name="PValue">One-sided p for a positive association: Pearson's t test (n − 2 df) for r; for ρ a permutation
/// test (<see cref="Permutations"/> seeded permutations), since the t approximation is poor at these sizes.</param>
public sealed record CorrelationEvidence(int N, bool Rank, double Estimate, double Low, double High, double PValue, double Pearson, double Spearman)
{
    public const int Resamples = 2000;
    public const int BootstrapSeed = 20250511;
    public const int Permutations = 20000;

    /// <summary>Whether the coefficient is defined (at least 3 points, neither side constant).</summary>
    public bool Defined => !double.IsNaN(Estimate);

    /// <summary>Whether the bootstrap interval was computed.</summary>
    public bool HasInterval => !double.IsNaN(Low);

    /// <param name="withPValue">False leaves the p-value out (NaN): what <see cref="CorrelationRule.Decide"/> reads is the
    /// same, and the simulations of <see cref="CorrelationPower"/> skip the permutations.</param>
    public static CorrelationEvidence Of(IReadOnlyList<double> x, IReadOnlyList<double> y, bool rank, int minimum, bool withPValue = true)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        int n = x.Count;
        if (n < 3 || x.Distinct().Count() < 2 || y.Distinct().Count() < 2)
        {
            return new CorrelationEvidence(n, rank, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        var pearson = Correlation.Pearson(x, y, Alternative.Greater);
        double spearman = Correlation.Spearman(x, y).Estimate;
        double p = !withPValue ? double.NaN : rank ? Correlation.SpearmanPermutation(x, y, Permutations, BootstrapSeed, Alternative.Greater).PValue : pearson.PValue;
        double low = double.NaN, high = double.NaN;
        if (n >= minimum)
        {
            try
            {
                var interval = rank
                    ? Bootstrap.Paired(x, y, SpearmanOrNaN, Resamples, BootstrapSeed).Interval
                    : Bootstrap.PearsonInterval(x, y, Resamples, BootstrapSeed).Interval;
                (low, high) = interval is null ? (double.NaN, double.NaN) : (interval.Lower, interval.Upper);
            }
            catch (InvalidOperationException)
            {
                // More than half the resamples had a constant side: no interval (the rule then says inconclusive).
            }
        }
        return new CorrelationEvidence(n, rank, rank ? spearman : pearson.Estimate, low, high, p, pearson.Estimate, spearman);
    }

    /// <summary>ρ, or NaN on a resample that is constant on one side (the bootstrap skips those).</summary>
    internal static double SpearmanOrNaN(IReadOnlyList<double> a, IReadOnlyList<double> b) =>
        a.Count < 3 || a.Distinct().Count() < 2 || b.Distinct().Count() < 2 ? double.NaN : Correlation.Spearman(a, b).Estimate;

    /// <summary>NaN as null, for table cells ("—").</summary>
    internal static double? Cell(double value) => double.IsNaN(value) ? null : value;
}
