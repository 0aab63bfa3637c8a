namespace RegionCount.Statistics;

/// <summary>Paired comparisons of x and y through the differences d = x − y. <see cref="Alternative.Greater"/>
/// means x tends to exceed y.</summary>
public static class PairedTests
{
    /// <summary>Paired t-test: t = mean(d) / (sd(d)/√n), n − 1 df; interval of mean(d) (one-sided for a one-sided
    /// alternative). Estimate = mean(d).</summary>
    public static StatResult PairedT(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, double level = 0.95)
    {
        Guard.Paired(x, y, 2);
        Guard.Level(level);
        var d = Differences(x, y);
        Guard.NotConstant(d, "x - y");
        var n = d.Length;
        var mean = Descriptive.MeanOf(d);
        var se = Math.Sqrt(Descriptive.VarianceOf(d) / n);
        var t = mean / se;
        var df = n - 1;
        var interval = alternative switch
        {
            Alternative.Greater => new Interval(mean - (StudentT.Quantile(level, df) * se), double.PositiveInfinity, level),
            Alternative.Less => new Interval(double.NegativeInfinity, mean + (StudentT.Quantile(level, df) * se), level),
            _ => new Interval(mean - (StudentT.Quantile((1 + level) / 2, df) * se), mean + (StudentT.Quantile((1 + level) / 2, df) * se), level),
        };
        return new StatResult("paired t-test", mean, t, PValues.FromT(t, df, alternative), interval, n, alternative);
    }

    /// <summary>Wilcoxon signed-rank test: zero differences dropped, average ranks of |d|, Estimate = V (sum of
    /// positive ranks); p-value from the normal approximation with the tie-corrected variance, optionally with a
    /// continuity correction of ½ (R's default).</summary>
    public static StatResult WilcoxonSignedRank(
        IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, bool continuityCorrection = false)
    {
        Guard.Paired(x, y, 1);
        var d = Differences(x, y).Where(v => v != 0).ToArray();
        if (d.Length < 2)
        {
            throw new ArgumentException($"x - y: needs at least 2 non-zero differences, got {d.Length}", nameof(y));
        }

        var ranks = Ranks.Average(d.Select(Math.Abs).ToArray());
        var v = 0.0;
        for (var i = 0; i < d.Length; i++)
        {
            v += d[i] > 0 ? ranks[i] : 0;
        }

        double n = d.Length;
        var mean = n * (n + 1) / 4;
        var variance = (n * (n + 1) * ((2 * n) + 1) / 24) - (Ranks.TieSizes(d.Select(Math.Abs).ToArray()).Sum(t => ((double)t * t * t) - t) / 48);
        var diff = v - mean;
        if (continuityCorrection)
        {
            var c = alternative switch
            {
                Alternative.Greater => 0.5,
                Alternative.Less => -0.5,
                _ => Math.Sign(diff) * 0.5,
            };
            diff -= c;
        }

        var z = diff / Math.Sqrt(variance);
        var method = "Wilcoxon signed-rank (normal approx., tie-corrected" + (continuityCorrection ? ", continuity correction)" : ")");
        return new StatResult(method, v, z, PValues.FromZ(z, alternative), null, d.Length, alternative);
    }

    private static double[] Differences(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var d = new double[x.Count];
        for (var i = 0; i < d.Length; i++)
        {
            d[i] = x[i] - y[i];
        }

        return d;
    }
}
