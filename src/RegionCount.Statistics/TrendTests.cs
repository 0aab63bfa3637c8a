namespace RegionCount.Statistics;

/// <summary>Trend tests across an ordered factor: <c>groups[k]</c> holds the observations (e.g. seeds) at level k,
/// levels in increasing order. <see cref="Alternative.Greater"/> = values increase with the level.</summary>
public static class TrendTests
{
    /// <summary>Jonckheere–Terpstra J = Σ_{k&lt;l} #{(a in k, b in l): a &lt; b} + ½ #{a = b}; p-value from the normal
    /// approximation with the tie-corrected variance (Hollander &amp; Wolfe). Statistic = z.</summary>
    public static StatResult JonckheereTerpstra(IReadOnlyList<IReadOnlyList<double>> groups, Alternative alternative = Alternative.TwoSided)
    {
        var sizes = Check(groups);
        var pooled = groups.SelectMany(g => g).ToArray();
        var j = JStatistic(groups);
        var z = (j - JMean(sizes)) / Math.Sqrt(JVariance(sizes, Ranks.TieSizes(pooled)));
        return new StatResult("Jonckheere-Terpstra J (normal approx., tie-corrected)", j, z, PValues.FromZ(z, alternative), null, pooled.Length, alternative);
    }

    /// <summary>Jonckheere–Terpstra with a Monte-Carlo permutation p-value (observations shuffled across groups,
    /// group sizes kept; <see cref="Random"/> seeded by <paramref name="seed"/>).</summary>
    public static StatResult JonckheerePermutation(
        IReadOnlyList<IReadOnlyList<double>> groups, int permutations, int seed, Alternative alternative = Alternative.TwoSided)
    {
        var sizes = Check(groups);
        Guard.Positive(permutations, nameof(permutations));
        var mean = JMean(sizes);
        var observed = JStatistic(groups) - mean;
        var permuted = Permute(groups, sizes, permutations, seed, g => JStatistic(g) - mean);
        return new StatResult(
            $"Jonckheere-Terpstra J (permutation, B={permutations}, seed {seed})", observed + mean, double.NaN,
            PValues.FromPermutations(observed, permuted, alternative), null, sizes.Sum(), alternative);
    }

    /// <summary>Spearman ρ between the observations and their level index (levels tie within a group), with a
    /// Monte-Carlo permutation p-value.</summary>
    public static StatResult SpearmanTrend(
        IReadOnlyList<IReadOnlyList<double>> groups, int permutations, int seed, Alternative alternative = Alternative.TwoSided)
    {
        var sizes = Check(groups);
        Guard.Positive(permutations, nameof(permutations));
        var levels = LevelRanks(sizes);
        var pooled = groups.SelectMany(g => g).ToArray();
        Guard.NotConstant(pooled, nameof(groups));
        var observed = Correlation.PearsonCoefficient(levels, Ranks.Average(pooled));
        var permuted = Permute(groups, sizes, permutations, seed, g => Correlation.PearsonCoefficient(levels, Ranks.Average(g.SelectMany(v => v).ToArray())));
        return new StatResult(
            $"Spearman rho vs level (permutation, B={permutations}, seed {seed})", observed, double.NaN,
            PValues.FromPermutations(observed, permuted, alternative), null, pooled.Length, alternative);
    }

    internal static double JStatistic(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        var j = 0.0;
        for (var k = 0; k < groups.Count; k++)
        {
            for (var l = k + 1; l < groups.Count; l++)
            {
                foreach (var a in groups[k])
                {
                    foreach (var b in groups[l])
                    {
                        j += a < b ? 1 : a == b ? 0.5 : 0;
                    }
                }
            }
        }

        return j;
    }

    private static double JMean(int[] sizes)
    {
        double n = sizes.Sum();
        return ((n * n) - sizes.Sum(s => (double)s * s)) / 4;
    }

    private static double JVariance(int[] sizes, IReadOnlyList<int> ties)
    {
        static double V(double t) => t * (t - 1) * ((2 * t) + 5);
        static double T1(double t) => t * (t - 1);
        static double T2(double t) => t * (t - 1) * (t - 2);
        double n = sizes.Sum();
        var v = (V(n) - sizes.Sum(s => V(s)) - ties.Sum(t => V(t))) / 72;
        v += sizes.Sum(s => T2(s)) * ties.Sum(t => T2(t)) / (36 * n * (n - 1) * (n - 2));
        v += sizes.Sum(s => T1(s)) * ties.Sum(t => T1(t)) / (8 * n * (n - 1));
        return v;
    }

    private static double[] LevelRanks(int[] sizes)
    {
        var levels = new double[sizes.Sum()];
        var at = 0;
        for (var k = 0; k < sizes.Length; k++)
        {
            for (var i = 0; i < sizes[k]; i++)
            {
                levels[at++] = k;
            }
        }

        return Ranks.Average(levels);
    }

    private static double[] Permute(
        IReadOnlyList<IReadOnlyList<double>> groups, int[] sizes, int permutations, int seed, Func<IReadOnlyList<IReadOnlyList<double>>, double> statistic)
    {
        var pooled = groups.SelectMany(g => g).ToArray();
        var random = new Random(seed);
        var result = new double[permutations];
        for (var b = 0; b < permutations; b++)
        {
            random.Shuffle(pooled);
            var split = new IReadOnlyList<double>[sizes.Length];
            var at = 0;
            for (var k = 0; k < sizes.Length; k++)
            {
                split[k] = new ArraySegment<double>(pooled, at, sizes[k]).ToArray();
                at += sizes[k];
            }

            result[b] = statistic(split);
        }

        return result;
    }

    private static int[] Check(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        if (groups.Count < 2)
        {
            throw new ArgumentException($"groups: a trend needs at least 2 ordered groups, got {groups.Count}", nameof(groups));
        }

        for (var k = 0; k < groups.Count; k++)
        {
            Guard.MinLength(groups[k], 1, $"groups[{k}]");
        }

        var sizes = groups.Select(g => g.Count).ToArray();
        if (sizes.Sum() < 3)
        {
            throw new ArgumentException($"groups: needs at least 3 observations in all, got {sizes.Sum()}", nameof(groups));
        }

        return sizes;
    }
}
