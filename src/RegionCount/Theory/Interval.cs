namespace RegionCount.Theory;

/// <summary>A mean with a two-sided 95 % Student-t interval (NaN bounds for fewer than two values).</summary>
public sealed record Interval(int Count, double Mean, double Lower, double Upper)
{
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
        double t = Statistics.StudentT.Quantile(0.975, n - 1);
        double half = t * sd / Math.Sqrt(n);
        return new Interval(n, mean, mean - half, mean + half);
    }
}
