namespace RegionCount.Statistics;

/// <summary>Average ranks (ties get the mean of the ranks they span) and tie-group sizes.</summary>
internal static class Ranks
{
    /// <summary>Ranks 1..n; tied values share their average rank.</summary>
    public static double[] Average(IReadOnlyList<double> values)
    {
        var order = Enumerable.Range(0, values.Count).OrderBy(i => values[i]).ToArray();
        var ranks = new double[values.Count];
        var start = 0;
        while (start < order.Length)
        {
            var end = start;
            while (end + 1 < order.Length && values[order[end + 1]] == values[order[start]])
            {
                end++;
            }

            var rank = ((start + end) / 2.0) + 1;
            for (var k = start; k <= end; k++)
            {
                ranks[order[k]] = rank;
            }

            start = end + 1;
        }

        return ranks;
    }

    /// <summary>The sizes of the groups of equal values (groups of size 1 included).</summary>
    public static IReadOnlyList<int> TieSizes(IReadOnlyList<double> values) =>
        values.GroupBy(v => v).Select(g => g.Count()).ToArray();
}
