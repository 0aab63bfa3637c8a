using System.Globalization;

namespace RegionCount.Statistics;

/// <summary>Trend tests across an ordered factor: <c>groups[k]</c> holds the observations (e.g. seeds) at level k,
/// levels in increasing order. <see cref="Alternative.Greater"/> = values increase with the level.</summary>
public static class TrendTests
{
    /// <summary>The largest number of within-block orderings, (K!)^n, for which <see cref="PageL"/> computes the
    /// exact null distribution; beyond it the normal approximation is used.</summary>
    public const int PageExactLimit = 2_000_000;

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

    /// <summary>Page's L test for an ordered alternative in a randomized complete block design (Page 1963, JASA 58:
    /// 216–230; Hollander &amp; Wolfe, Nonparametric Statistical Methods, § 7.2). <c>blocks[b][k]</c> is the observation
    /// of block (e.g. seed) b at level k, levels in increasing order, every block holding all K levels. Values are
    /// ranked within each block (average ranks for ties); L = Σ_k k·R_k, k = 1..K, with R_k the rank sum of level k.
    /// Under H0 the K! orderings of each block's own rank vector are equally likely, independently across blocks.
    /// <para>p-value: exact when (K!)^n ≤ <see cref="PageExactLimit"/>: the null distribution of L is the convolution
    /// over blocks of the distribution of Σ_k k·r_π(k) over the K! permutations π of that block's rank vector (ties keep
    /// their average ranks, so the test stays exact given the tie pattern). Otherwise the normal approximation with
    /// E L = n K (K+1)²/4 and the permutation variance Var L = Σ_b S_k S_b / (K − 1), S_k = K(K² − 1)/12,
    /// S_b = Σ_k (r_bk − (K+1)/2)²; without ties that is n K² (K+1)(K² − 1)/144, ties make it smaller. Two-sided:
    /// P(|L − E L| ≥ |L_obs − E L|) (the null of L is symmetric about E L).</para>
    /// Estimate = L, Statistic = z = (L − E L)/√Var L (reported for the exact test too), N = n blocks.</summary>
    public static StatResult PageL(IReadOnlyList<IReadOnlyList<double>> blocks, Alternative alternative = Alternative.TwoSided)
    {
        var levels = CheckBlocks(blocks);
        var n = blocks.Count;

        // An average rank is a multiple of ½, so doubled ranks are integers and 2L is an integer.
        var doubled = blocks.Select(b => Ranks.Average(b).Select(r => (long)Math.Round(2 * r)).ToArray()).ToArray();
        var twiceL = doubled.Sum(w => Score(w));
        var l = twiceL / 2.0;
        var mean = n * levels * (levels + 1.0) * (levels + 1.0) / 4;
        var sk = levels * (((double)levels * levels) - 1) / 12;
        var centre = levels + 1.0;
        var variance = doubled.Sum(w => sk * w.Sum(v => (v - centre) * (v - centre) / 4) / (levels - 1));
        if (variance == 0)
        {
            throw new ArgumentException($"blocks: all {n} blocks are constant; L has no null variation", nameof(blocks));
        }

        var z = (l - mean) / Math.Sqrt(variance);
        var orderings = Math.Pow(Factorial(levels), n);
        if (orderings <= PageExactLimit)
        {
            return new StatResult(
                string.Create(CultureInfo.InvariantCulture, $"Page L (exact, {orderings:0} within-block orderings)"),
                l, z, PageExactP(doubled, twiceL, alternative), null, n, alternative);
        }

        return new StatResult("Page L (normal approx., permutation variance with ties)", l, z, PValues.FromZ(z, alternative), null, n, alternative);
    }

    /// <summary>Σ_k k·w_k, k = 1..K.</summary>
    private static long Score(long[] w)
    {
        var s = 0L;
        for (var k = 0; k < w.Length; k++)
        {
            s += (k + 1) * w[k];
        }

        return s;
    }

    private static double PageExactP(long[][] doubled, long twiceL, Alternative alternative)
    {
        // dist[s] = number of orderings of all blocks with 2L = s.
        long[] dist = [1];
        foreach (var w in doubled)
        {
            dist = Convolve(dist, BlockScores(w));
        }

        var levels = doubled[0].Length;
        var twiceMean = (long)doubled.Length * levels * (levels + 1) * (levels + 1) / 2;
        long total = 0, extreme = 0;
        for (var s = 0; s < dist.Length; s++)
        {
            total += dist[s];
            var hit = alternative switch
            {
                Alternative.Greater => s >= twiceL,
                Alternative.Less => s <= twiceL,
                _ => Math.Abs(s - twiceMean) >= Math.Abs(twiceL - twiceMean),
            };
            extreme += hit ? dist[s] : 0;
        }

        return (double)extreme / total;
    }

    /// <summary>counts[s] = number of the K! permutations π of the doubled rank vector w with Σ_k k·w_π(k) = s.</summary>
    private static long[] BlockScores(long[] w)
    {
        var levels = w.Length;
        var counts = new long[(levels * (levels + 1) / 2 * w.Max()) + 1];
        var used = new bool[levels];
        void Assign(int position, long score)
        {
            if (position == levels)
            {
                counts[score]++;
                return;
            }

            for (var i = 0; i < levels; i++)
            {
                if (!used[i])
                {
                    used[i] = true;
                    Assign(position + 1, score + ((position + 1) * w[i]));
                    used[i] = false;
                }
            }
        }

        Assign(0, 0);
        return counts;
    }

    private static long[] Convolve(long[] a, long[] b)
    {
        var c = new long[a.Length + b.Length - 1];
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == 0)
            {
                continue;
            }

            for (var j = 0; j < b.Length; j++)
            {
                c[i + j] += a[i] * b[j];
            }
        }

        return c;
    }

    private static double Factorial(int k)
    {
        var f = 1.0;
        for (var i = 2; i <= k; i++)
        {
            f *= i;
        }

        return f;
    }

    private static int CheckBlocks(IReadOnlyList<IReadOnlyList<double>> blocks)
    {
        ArgumentNullException.ThrowIfNull(blocks);
        if (blocks.Count < 1)
        {
            throw new ArgumentException("blocks: needs at least 1 block, got 0", nameof(blocks));
        }

        Guard.MinLength(blocks[0], 2, "blocks[0]");
        var levels = blocks[0].Count;
        for (var b = 1; b < blocks.Count; b++)
        {
            Guard.MinLength(blocks[b], 1, $"blocks[{b}]");
            if (blocks[b].Count != levels)
            {
                throw new ArgumentException(
                    $"blocks[{b}]: has {blocks[b].Count} levels, blocks[0] has {levels}; every block needs every level", nameof(blocks));
            }
        }

        return levels;
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
