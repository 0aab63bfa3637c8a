namespace RegionCount.Theory;

/// <summary>
/// Jonckheere–Terpstra test for an ordered trend across groups, with a seeded permutation p-value (the pooled
/// values are shuffled over the groups, group sizes kept). Small and self-contained; the shared statistics library
/// may replace it.
/// </summary>
public static class TrendTest
{
    /// <summary>
    /// J = Σ over group pairs i &lt; j of #{(x ∈ gᵢ, y ∈ gⱼ): y &lt; x} + ½·#{y = x}: large when values fall as the
    /// group index rises.
    /// </summary>
    public static double DecreasingStatistic(IReadOnlyList<IReadOnlyList<double>> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        double j = 0;
        for (int a = 0; a < groups.Count; a++)
        {
            for (int b = a + 1; b < groups.Count; b++)
            {
                foreach (double x in groups[a])
                {
                    foreach (double y in groups[b])
                    {
                        j += y < x ? 1 : y == x ? 0.5 : 0;
                    }
                }
            }
        }
        return j;
    }

    /// <summary>One-sided permutation p-value for "values decrease with the group index".</summary>
    public static double DecreasingPValue(IReadOnlyList<IReadOnlyList<double>> groups, int permutations, long seed) =>
        PValue(groups, permutations, seed, sign: 1);

    /// <summary>One-sided permutation p-value for "values increase with the group index".</summary>
    public static double IncreasingPValue(IReadOnlyList<IReadOnlyList<double>> groups, int permutations, long seed) =>
        PValue(groups, permutations, seed, sign: -1);

    private static double PValue(IReadOnlyList<IReadOnlyList<double>> groups, int permutations, long seed, int sign)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentOutOfRangeException.ThrowIfLessThan(permutations, 1);
        var sizes = groups.Select(g => g.Count).ToArray();
        var pooled = groups.SelectMany(g => g.Select(v => sign * v)).ToArray();
        double observed = DecreasingStatistic(Split(pooled, sizes));
        var random = new Random(unchecked((int)seed));
        int atLeast = 0;
        for (int k = 0; k < permutations; k++)
        {
            random.Shuffle(pooled);
            if (DecreasingStatistic(Split(pooled, sizes)) >= observed - 1e-9)
            {
                atLeast++;
            }
        }
        return (1.0 + atLeast) / (1.0 + permutations);
    }

    private static double[][] Split(double[] pooled, int[] sizes)
    {
        var result = new double[sizes.Length][];
        int start = 0;
        for (int i = 0; i < sizes.Length; i++)
        {
            result[i] = pooled[start..(start + sizes[i])];
            start += sizes[i];
        }
        return result;
    }
}
