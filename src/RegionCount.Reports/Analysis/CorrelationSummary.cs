using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>Pearson r with a seeded bootstrap interval, or nothing when the data cannot carry a correlation.</summary>
public sealed record CorrelationSummary(double R, double Low, double High, double PValue, int N)
{
    /// <summary>r of y on x (one-sided p for r &gt; 0) with a bootstrap percentile interval; null for fewer than 3
    /// points or a constant side.</summary>
    public static CorrelationSummary? Of(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count < 3 || x.Distinct().Count() < 2 || y.Distinct().Count() < 2)
        {
            return null;
        }
        var pearson = Correlation.Pearson(x, y, Alternative.Greater);
        var interval = Bootstrap.PearsonInterval(x, y, CorrelationClaim.Resamples, CorrelationClaim.BootstrapSeed).Interval!;
        return new CorrelationSummary(pearson.Estimate, interval.Lower, interval.Upper, pearson.PValue, x.Count);
    }
}
