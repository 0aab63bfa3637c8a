namespace RegionCount.Statistics;

/// <summary>Adjusted p-values for a family of tests, returned in input order. NaN entries (tests that were not run)
/// stay NaN and do not count in the family size m. Every other entry must be in [0, 1].</summary>
public static class MultipleTesting
{
    /// <summary>Holm's step-down adjustment (Holm 1979, Scand. J. Statist. 6: 65–70), R's
    /// <c>p.adjust(p, "holm")</c>: with the m p-values sorted p(1) ≤ … ≤ p(m),
    /// adj p(i) = max_{j ≤ i} min(1, (m − j + 1) p(j)). Controls the family-wise error rate under any dependence.</summary>
    public static double[] Holm(IReadOnlyList<double> pValues)
    {
        var (adjusted, order) = Sorted(pValues);
        var m = order.Length;
        var running = 0.0;
        for (var i = 0; i < m; i++)
        {
            running = Math.Max(running, Math.Min(1, (m - i) * pValues[order[i]]));
            adjusted[order[i]] = running;
        }

        return adjusted;
    }

    /// <summary>The Benjamini–Hochberg step-up adjustment (Benjamini &amp; Hochberg 1995, JRSS B 57: 289–300), R's
    /// <c>p.adjust(p, "BH")</c>: adj p(i) = min_{j ≥ i} min(1, m p(j) / j). Controls the false discovery rate for
    /// independent or positively dependent tests.</summary>
    public static double[] BenjaminiHochberg(IReadOnlyList<double> pValues)
    {
        var (adjusted, order) = Sorted(pValues);
        var m = order.Length;
        var running = 1.0;
        for (var i = m - 1; i >= 0; i--)
        {
            running = Math.Min(running, (double)m * pValues[order[i]] / (i + 1));
            adjusted[order[i]] = running;
        }

        return adjusted;
    }

    /// <summary>An all-NaN result and the indices of the non-NaN p-values in increasing order of p (stable).</summary>
    private static (double[] Adjusted, int[] Order) Sorted(IReadOnlyList<double> pValues)
    {
        ArgumentNullException.ThrowIfNull(pValues);
        for (var i = 0; i < pValues.Count; i++)
        {
            var p = pValues[i];
            if (!double.IsNaN(p) && !(p >= 0 && p <= 1))
            {
                throw new ArgumentException($"pValues: value {i} is {p}; a p-value must be in [0, 1] (or NaN for a test not run)", nameof(pValues));
            }
        }

        var adjusted = Enumerable.Repeat(double.NaN, pValues.Count).ToArray();
        var order = Enumerable.Range(0, pValues.Count).Where(i => !double.IsNaN(pValues[i])).OrderBy(i => pValues[i]).ToArray();
        return (adjusted, order);
    }
}
