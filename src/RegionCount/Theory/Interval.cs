namespace RegionCount.Theory;

/// <summary>A mean with a two-sided 95 % Student-t interval (NaN bounds for fewer than two values).</summary>
public sealed record Interval(int Count, double Mean, double Lower, double Upper)
{
    // Two-sided 95 % quantiles t(0.975, df) for df = 1..30, from standard tables; df > 30 uses 1.96 + 2.4/df.
    private static readonly double[] T975 =
    [
        12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228,
        2.201, 2.179, 2.160, 2.145, 2.131, 2.120, 2.110, 2.101, 2.093, 2.086,
        2.080, 2.074, 2.069, 2.064, 2.060, 2.056, 2.052, 2.048, 2.045, 2.042,
    ];

    public static Interval Of(IReadOnlyCollection<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        int n = values.Count;
        if (n == 0)
        {
            return new Interval(0, double.NaN, double.NaN, double.NaN);
        }
        double mean = values.Average();
        if (n == 1)
        {
            return new Interval(1, mean, double.NaN, double.NaN);
        }
        double sd = Math.Sqrt(values.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        int df = n - 1;
        double t = df <= T975.Length ? T975[df - 1] : 1.96 + (2.4 / df);
        double half = t * sd / Math.Sqrt(n);
        return new Interval(n, mean, mean - half, mean + half);
    }
}
