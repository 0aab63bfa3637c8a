using System.Globalization;

namespace RegionCount.Statistics;

/// <summary>The Mann–Whitney U (Wilcoxon rank-sum) test of two independent samples x and y.
/// <see cref="Alternative.Greater"/> means x tends to be larger than y.</summary>
public static class MannWhitney
{
    /// <summary>The largest n + m for which <see cref="Exact"/> computes the exact null distribution.</summary>
    public const int ExactLimit = 100;

    /// <summary>U = #{(i, j): x_i &gt; y_j} + ½ #{(i, j): x_i = y_j} = R_x − n(n+1)/2, with R_x the sum of x's average
    /// ranks in the pooled sample (R's W; Hollander &amp; Wolfe, Nonparametric Statistical Methods, § 4.1).
    /// <para>p-value: exact when n + m ≤ <see cref="ExactLimit"/>: the null distribution of R_x over all C(n+m, n)
    /// equally likely splits of the pooled rank vector into n for x and m for y. Tied values keep their average ranks,
    /// so with ties the test is exact given the tie pattern. The splits are counted, not listed, by the subset-sum
    /// recursion on doubled ranks (integers): c(i, j, s) = c(i−1, j−1, s − w_i) + c(i−1, j, s), the number of j-subsets
    /// of the first i ranks with doubled sum s; without ties this is the classical recursion on U.
    /// Beyond the limit: the normal approximation E U = nm/2, Var U = nm/12 · (N + 1 − Σ(t³ − t)/(N(N − 1))) over the
    /// tie groups t, N = n + m, without continuity correction. Two-sided: P(|U − nm/2| ≥ |U_obs − nm/2|).</para>
    /// Estimate = U, Statistic = z = (U − nm/2)/√Var U (reported for the exact test too), N = n + m.</summary>
    public static StatResult Exact(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided)
    {
        Guard.MinLength(x, 1, nameof(x));
        Guard.MinLength(y, 1, nameof(y));
        var pooled = x.Concat(y).ToArray();
        Guard.NotConstant(pooled, "x and y");
        var n = x.Count;
        var m = y.Count;
        var total = n + m;

        // Average ranks are multiples of ½: doubled ranks are integers, and so is 2U.
        var doubled = Ranks.Average(pooled).Select(r => (int)Math.Round(2 * r)).ToArray();
        var twiceU = doubled.Take(n).Sum() - ((long)n * (n + 1));
        var u = twiceU / 2.0;
        var ties = Ranks.TieSizes(pooled).Sum(t => ((double)t * t * t) - t);
        var variance = (double)n * m / 12 * (total + 1 - (ties / ((double)total * (total - 1))));
        var z = (u - ((double)n * m / 2)) / Math.Sqrt(variance);
        if (total <= ExactLimit)
        {
            var splits = SplitCounts(doubled, n);
            return new StatResult(
                string.Create(CultureInfo.InvariantCulture, $"Mann-Whitney U (exact over the C({total}, {n}) splits)"),
                u, z, ExactP(splits, n, m, twiceU, alternative), null, total, alternative);
        }

        return new StatResult("Mann-Whitney U (normal approx., tie-corrected)", u, z, PValues.FromZ(z, alternative), null, total, alternative);
    }

    /// <summary>counts[s] = number of n-subsets of the doubled ranks with sum s (doubles: C(100, 50) exceeds a long;
    /// counts below 2^53 stay exact).</summary>
    private static double[] SplitCounts(int[] doubled, int n)
    {
        var maxSum = doubled.Sum();
        var counts = new double[n + 1][];
        for (var c = 0; c <= n; c++)
        {
            counts[c] = new double[maxSum + 1];
        }

        counts[0][0] = 1;
        var reached = 0;
        for (var i = 0; i < doubled.Length; i++)
        {
            var w = doubled[i];

            // Downwards in c, so counts[c − 1] still holds the subsets of the first i − 1 ranks.
            for (var c = Math.Min(i + 1, n); c >= 1; c--)
            {
                var from = counts[c - 1];
                var to = counts[c];
                for (var s = 0; s <= reached; s++)
                {
                    to[s + w] += from[s];
                }
            }

            reached += w;
        }

        return counts[n];
    }

    private static double ExactP(double[] splits, int n, int m, long twiceU, Alternative alternative)
    {
        var offset = (long)n * (n + 1);
        var twiceMean = (long)n * m;
        double total = 0, extreme = 0;
        for (var s = 0; s < splits.Length; s++)
        {
            if (splits[s] == 0)
            {
                continue;
            }

            var t = s - offset;
            total += splits[s];
            var hit = alternative switch
            {
                Alternative.Greater => t >= twiceU,
                Alternative.Less => t <= twiceU,
                _ => Math.Abs(t - twiceMean) >= Math.Abs(twiceU - twiceMean),
            };
            extreme += hit ? splits[s] : 0;
        }

        return extreme / total;
    }
}
