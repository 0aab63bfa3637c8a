namespace RegionCount.Statistics;

/// <summary>Pearson r, Spearman ρ and Kendall τ-b with p-values (and for r a Fisher-z interval).</summary>
public static partial class Correlation
{
    /// <summary>Pearson's r; p-value from t = r √((n−2)/(1−r²)) with n − 2 df; Fisher-z interval (n ≥ 4).
    /// The interval is two-sided for <see cref="Alternative.TwoSided"/>, one-sided otherwise (as R's cor.test).</summary>
    public static StatResult Pearson(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, double level = 0.95)
    {
        Guard.Paired(x, y, 3);
        Guard.NotConstant(x, nameof(x));
        Guard.NotConstant(y, nameof(y));
        Guard.Level(level);
        var n = x.Count;
        var r = PearsonCoefficient(x, y);
        var t = TFromR(r, n);
        var interval = n >= 4 ? FisherInterval(r, n, alternative, level) : null;
        return new StatResult("Pearson r (t, n-2 df; Fisher-z CI)", r, t, PValues.FromT(t, n - 2, alternative), interval, n, alternative);
    }

    /// <summary>Pearson's r alone; NaN when either sample is constant (used inside bootstrap resamples).</summary>
    public static double PearsonCoefficient(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        if (x.Count != y.Count)
        {
            throw new ArgumentException($"x and y: lengths differ ({x.Count} vs {y.Count}); paired samples need equal lengths", nameof(y));
        }

        var mx = Descriptive.MeanOf(x);
        var my = Descriptive.MeanOf(y);
        double sxy = 0, sxx = 0, syy = 0;
        for (var i = 0; i < x.Count; i++)
        {
            var dx = x[i] - mx;
            var dy = y[i] - my;
            sxy += dx * dy;
            sxx += dx * dx;
            syy += dy * dy;
        }

        if (sxx == 0 || syy == 0)
        {
            return double.NaN;
        }

        return Math.Clamp(sxy / Math.Sqrt(sxx * syy), -1, 1);
    }

    /// <summary>Spearman's ρ (Pearson r of average ranks); p-value from the t approximation t = ρ √((n−2)/(1−ρ²)) with
    /// n − 2 df, for every n and with or without ties. This is not R's <c>cor.test</c> default for small n without
    /// ties, which is exact (AS 89): for R's documentation example (n = 9, ρ = 0.6) R prints p = 0.0968, this gives
    /// 0.0876. For a Monte-Carlo permutation p use <see cref="SpearmanPermutation"/>.</summary>
    public static StatResult Spearman(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided)
    {
        Guard.Paired(x, y, 3);
        Guard.NotConstant(x, nameof(x));
        Guard.NotConstant(y, nameof(y));
        var rho = PearsonCoefficient(Ranks.Average(x), Ranks.Average(y));
        var t = TFromR(rho, x.Count);
        return new StatResult("Spearman rho (t approx.)", rho, t, PValues.FromT(t, x.Count - 2, alternative), null, x.Count, alternative);
    }

    /// <summary>Spearman's ρ with a Monte-Carlo permutation p-value: y is shuffled <paramref name="permutations"/>
    /// times with a <see cref="Random"/> seeded by <paramref name="seed"/>.</summary>
    public static StatResult SpearmanPermutation(
        IReadOnlyList<double> x, IReadOnlyList<double> y, int permutations, int seed, Alternative alternative = Alternative.TwoSided)
    {
        Guard.Paired(x, y, 3);
        Guard.NotConstant(x, nameof(x));
        Guard.NotConstant(y, nameof(y));
        Guard.Positive(permutations, nameof(permutations));
        var rx = Ranks.Average(x);
        var ry = Ranks.Average(y);
        var rho = PearsonCoefficient(rx, ry);
        var random = new Random(seed);
        var shuffled = (double[])ry.Clone();
        var permuted = new double[permutations];
        for (var b = 0; b < permutations; b++)
        {
            random.Shuffle(shuffled);
            permuted[b] = PearsonCoefficient(rx, shuffled);
        }

        return new StatResult(
            $"Spearman rho (permutation, B={permutations}, seed {seed})", rho, double.NaN,
            PValues.FromPermutations(rho, permuted, alternative), null, x.Count, alternative);
    }

    internal static double TFromR(double r, int n) =>
        Math.Abs(r) >= 1 ? Math.CopySign(double.PositiveInfinity, r) : r * Math.Sqrt((n - 2) / (1 - (r * r)));

    internal static Interval FisherInterval(double r, int n, Alternative alternative, double level)
    {
        var z = Math.Atanh(Math.Clamp(r, -1 + 1e-15, 1 - 1e-15));
        var se = 1 / Math.Sqrt(n - 3);
        return alternative switch
        {
            Alternative.Greater => new Interval(Math.Tanh(z - (Normal.Quantile(level) * se)), 1, level),
            Alternative.Less => new Interval(-1, Math.Tanh(z + (Normal.Quantile(level) * se)), level),
            _ => new Interval(
                Math.Tanh(z - (Normal.Quantile((1 + level) / 2) * se)),
                Math.Tanh(z + (Normal.Quantile((1 + level) / 2) * se)),
                level),
        };
    }
}
