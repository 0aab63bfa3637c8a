namespace RegionCount.Statistics;

/// <summary>p-values of t and z statistics for an <see cref="Alternative"/>.</summary>
internal static class PValues
{
    public static double FromT(double t, double df, Alternative alternative) => alternative switch
    {
        Alternative.Greater => StudentT.UpperTail(t, df),
        Alternative.Less => StudentT.Cdf(t, df),
        _ => Math.Min(1, 2 * StudentT.Cdf(-Math.Abs(t), df)),
    };

    public static double FromZ(double z, Alternative alternative) => alternative switch
    {
        Alternative.Greater => Normal.UpperTail(z),
        Alternative.Less => Normal.Cdf(z),
        _ => Math.Min(1, 2 * Normal.Cdf(-Math.Abs(z))),
    };

    /// <summary>A Monte-Carlo permutation p-value (count + 1) / (B + 1), which is never 0.</summary>
    public static double FromPermutations(double observed, IReadOnlyList<double> permuted, Alternative alternative)
    {
        // A relative tolerance keeps floating-point noise from splitting statistics that are equal.
        var tol = 1e-12 * Math.Max(1, Math.Abs(observed));
        var count = 0;
        foreach (var s in permuted)
        {
            var extreme = alternative switch
            {
                Alternative.Greater => s >= observed - tol,
                Alternative.Less => s <= observed + tol,
                _ => Math.Abs(s) >= Math.Abs(observed) - tol,
            };
            count += extreme ? 1 : 0;
        }

        return (count + 1.0) / (permuted.Count + 1.0);
    }
}
