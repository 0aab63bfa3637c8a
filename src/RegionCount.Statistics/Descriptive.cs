namespace RegionCount.Statistics;

/// <summary>Mean, sample standard deviation and the t-based confidence interval of a mean.</summary>
public static class Descriptive
{
    public static double Mean(IReadOnlyList<double> values)
    {
        Guard.MinLength(values, 1, nameof(values));
        return MeanOf(values);
    }

    /// <summary>The sample variance (denominator n − 1).</summary>
    public static double Variance(IReadOnlyList<double> values)
    {
        Guard.MinLength(values, 2, nameof(values));
        return VarianceOf(values);
    }

    /// <summary>The sample standard deviation (denominator n − 1).</summary>
    public static double StandardDeviation(IReadOnlyList<double> values) => Math.Sqrt(Variance(values));

    /// <summary>The two-sided t interval mean ± t_{(1+level)/2, n−1} · s / √n.</summary>
    public static Interval MeanInterval(IReadOnlyList<double> values, double level = 0.95)
    {
        Guard.MinLength(values, 2, nameof(values));
        Guard.Level(level);
        var mean = MeanOf(values);
        var half = StudentT.Quantile((1 + level) / 2, values.Count - 1) * Math.Sqrt(VarianceOf(values) / values.Count);
        return new Interval(mean - half, mean + half, level);
    }

    /// <summary>The mean with its t interval, as a result row (no test: p-value NaN).</summary>
    public static StatResult MeanWithInterval(IReadOnlyList<double> values, double level = 0.95) =>
        new("mean (t interval)", Mean(values), double.NaN, double.NaN, MeanInterval(values, level), values.Count, Alternative.TwoSided);

    internal static double MeanOf(IReadOnlyList<double> values)
    {
        var sum = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            sum += values[i];
        }

        return sum / values.Count;
    }

    internal static double VarianceOf(IReadOnlyList<double> values)
    {
        // Two-pass algorithm: subtracting the mean first avoids cancellation.
        var mean = MeanOf(values);
        var ss = 0.0;
        for (var i = 0; i < values.Count; i++)
        {
            var d = values[i] - mean;
            ss += d * d;
        }

        return ss / (values.Count - 1);
    }
}
