using System.Globalization;

namespace RegionCount.Statistics;

/// <summary>Seeded nonparametric bootstrap intervals for a statistic of one sample or of paired samples.
/// Resamples whose statistic is not finite (e.g. r of a constant resample) are dropped; more than half dropped
/// is an error.</summary>
public static class Bootstrap
{
    /// <summary>An interval for <paramref name="statistic"/> of one sample.</summary>
    public static StatResult OneSample(
        IReadOnlyList<double> x, Func<IReadOnlyList<double>, double> statistic, int resamples, int seed,
        double level = 0.95, BootstrapMethod method = BootstrapMethod.Percentile)
    {
        Guard.MinLength(x, 2, nameof(x));
        ArgumentNullException.ThrowIfNull(statistic);
        return Run(x.Count, idx => statistic(Pick(x, idx)), resamples, seed, level, method, "one sample");
    }

    /// <summary>An interval for <paramref name="statistic"/> of paired samples; pairs are resampled together.</summary>
    public static StatResult Paired(
        IReadOnlyList<double> x, IReadOnlyList<double> y, Func<IReadOnlyList<double>, IReadOnlyList<double>, double> statistic,
        int resamples, int seed, double level = 0.95, BootstrapMethod method = BootstrapMethod.Percentile)
    {
        Guard.Paired(x, y, 2);
        ArgumentNullException.ThrowIfNull(statistic);
        return Run(x.Count, idx => statistic(Pick(x, idx), Pick(y, idx)), resamples, seed, level, method, "paired");
    }

    /// <summary>An interval for Pearson's r by resampling pairs.</summary>
    public static StatResult PearsonInterval(
        IReadOnlyList<double> x, IReadOnlyList<double> y, int resamples, int seed,
        double level = 0.95, BootstrapMethod method = BootstrapMethod.Percentile)
    {
        Guard.Paired(x, y, 3);
        Guard.NotConstant(x, nameof(x));
        Guard.NotConstant(y, nameof(y));
        return Paired(x, y, Correlation.PearsonCoefficient, resamples, seed, level, method) with
        {
            Method = $"Pearson r, bootstrap {method} CI (B={resamples}, seed {seed})",
        };
    }

    /// <summary>A percentile interval for D = r(x, y) − max_j r(z_j, y): by how much x correlates with y better than the
    /// best of the other measures z_j (<paramref name="others"/>). The N units (tuples y_i, x_i, z_1i, …) are resampled
    /// jointly, as in <see cref="Paired"/> (same seed convention). A resample in which any vector is constant (some r
    /// undefined) is skipped; the count is in Method, and if more than half are skipped the Interval is null.
    /// Estimate = D of the full sample.</summary>
    public static StatResult CorrelationDifference(
        IReadOnlyList<double> y, IReadOnlyList<double> x, IReadOnlyList<IReadOnlyList<double>> others, int resamples, int seed,
        double level = 0.95)
    {
        Guard.Paired(x, y, 3);
        ArgumentNullException.ThrowIfNull(others);
        if (others.Count == 0)
        {
            throw new ArgumentException("others: needs at least 1 measure to compare x with, got 0", nameof(others));
        }

        for (var j = 0; j < others.Count; j++)
        {
            Guard.MinLength(others[j], 1, $"others[{j}]");
            if (others[j].Count != y.Count)
            {
                throw new ArgumentException($"others[{j}]: has {others[j].Count} values, y has {y.Count}; every measure needs every unit", nameof(others));
            }

            Guard.NotConstant(others[j], $"others[{j}]");
        }

        Guard.NotConstant(x, nameof(x));
        Guard.NotConstant(y, nameof(y));
        Guard.Positive(resamples, nameof(resamples));
        Guard.Level(level);
        double Difference(int[] idx)
        {
            var py = Pick(y, idx);
            var best = double.NegativeInfinity;
            foreach (var z in others)
            {
                var r = Correlation.PearsonCoefficient(Pick(z, idx), py);
                if (double.IsNaN(r))
                {
                    return double.NaN;
                }

                best = Math.Max(best, r);
            }

            return Correlation.PearsonCoefficient(Pick(x, idx), py) - best;
        }

        var n = y.Count;
        var estimate = Difference(Enumerable.Range(0, n).ToArray());
        var stats = Resample(n, Difference, resamples, seed);
        var interval = stats.Count * 2 < resamples ? null : new Interval(Quantile(stats, (1 - level) / 2), Quantile(stats, (1 + level) / 2), level);
        var method = string.Create(
            CultureInfo.InvariantCulture,
            $"r(x,y) - max of {others.Count} r(z_j,y), bootstrap Percentile (B={resamples}, seed {seed}, {resamples - stats.Count} skipped)");
        return new StatResult(method, estimate, double.NaN, double.NaN, interval, n, Alternative.TwoSided);
    }

    private static StatResult Run(
        int n, Func<int[], double> statOf, int resamples, int seed, double level, BootstrapMethod method, string what)
    {
        Guard.Positive(resamples, nameof(resamples));
        Guard.Level(level);
        var all = Enumerable.Range(0, n).ToArray();
        var estimate = statOf(all);
        if (!double.IsFinite(estimate))
        {
            throw new ArgumentException($"statistic: is {estimate} on the full sample; the bootstrap needs a finite value");
        }

        var stats = Resample(n, statOf, resamples, seed);
        if (stats.Count * 2 < resamples)
        {
            throw new InvalidOperationException(
                $"bootstrap: the statistic was not finite in {resamples - stats.Count} of {resamples} resamples; the sample is too small or too degenerate");
        }

        var (lo, hi) = method == BootstrapMethod.BCa
            ? BcaLevels(n, statOf, estimate, stats, level)
            : ((1 - level) / 2, (1 + level) / 2);
        var interval = new Interval(Quantile(stats, lo), Quantile(stats, hi), level);
        return new StatResult(
            $"bootstrap {method} ({what}, B={resamples}, seed {seed})", estimate, double.NaN, double.NaN, interval, n, Alternative.TwoSided);
    }

    /// <summary>The statistic of <paramref name="resamples"/> resamples of n units drawn with replacement
    /// (<c>new Random(seed)</c>, <c>Next(n)</c> per unit), non-finite values dropped, sorted.</summary>
    private static List<double> Resample(int n, Func<int[], double> statOf, int resamples, int seed)
    {
        var random = new Random(seed);
        var stats = new List<double>(resamples);
        var idx = new int[n];
        for (var b = 0; b < resamples; b++)
        {
            for (var i = 0; i < n; i++)
            {
                idx[i] = random.Next(n);
            }

            var s = statOf(idx);
            if (double.IsFinite(s))
            {
                stats.Add(s);
            }
        }

        stats.Sort();
        return stats;
    }

    private static (double Lo, double Hi) BcaLevels(int n, Func<int[], double> statOf, double estimate, List<double> sorted, double level)
    {
        // Bias correction z0 from the share of resamples below the estimate (ties count half).
        var below = sorted.Count(s => s < estimate) + (0.5 * sorted.Count(s => s == estimate));
        var share = Math.Clamp(below / sorted.Count, 0.5 / sorted.Count, 1 - (0.5 / sorted.Count));
        var z0 = Normal.Quantile(share);

        // Acceleration from the jackknife: a = Σ d³ / (6 (Σ d²)^1.5), d = mean − θ(−i).
        var jack = new double[n];
        for (var i = 0; i < n; i++)
        {
            var leaveOut = Enumerable.Range(0, n).Where(k => k != i).ToArray();
            jack[i] = statOf(leaveOut);
        }

        var finite = jack.Where(double.IsFinite).ToArray();
        var mean = finite.Length > 0 ? finite.Average() : 0;
        double num = 0, den = 0;
        foreach (var j in finite)
        {
            var d = mean - j;
            num += d * d * d;
            den += d * d;
        }

        var a = den > 0 ? num / (6 * Math.Pow(den, 1.5)) : 0;
        double Adjust(double alpha)
        {
            var z = Normal.Quantile(alpha);
            return Normal.Cdf(z0 + ((z0 + z) / (1 - (a * (z0 + z)))));
        }

        return (Adjust((1 - level) / 2), Adjust((1 + level) / 2));
    }

    /// <summary>The p-quantile of sorted values, linear interpolation between order statistics (type 7).</summary>
    internal static double Quantile(IReadOnlyList<double> sorted, double p)
    {
        var h = (sorted.Count - 1) * Math.Clamp(p, 0, 1);
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Count - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    private static double[] Pick(IReadOnlyList<double> values, int[] idx)
    {
        var picked = new double[idx.Length];
        for (var i = 0; i < idx.Length; i++)
        {
            picked[i] = values[idx[i]];
        }

        return picked;
    }
}
