namespace RegionCount.Statistics;

public static partial class Correlation
{
    /// <summary>Kendall's τ-b (ties in x and y); p-value from the normal approximation of S with the
    /// tie-corrected variance (Kendall 1970), no continuity correction.</summary>
    public static StatResult KendallTauB(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided)
    {
        Guard.Paired(x, y, 3);
        Guard.NotConstant(x, nameof(x));
        Guard.NotConstant(y, nameof(y));
        var n = x.Count;
        var s = KendallS(x, y);
        double n0 = (double)n * (n - 1) / 2;
        var tx = Ranks.TieSizes(x);
        var ty = Ranks.TieSizes(y);
        var n1 = tx.Sum(t => (double)t * (t - 1) / 2);
        var n2 = ty.Sum(t => (double)t * (t - 1) / 2);
        var tau = s / Math.Sqrt((n0 - n1) * (n0 - n2));
        var z = s / Math.Sqrt(KendallVariance(n, tx, ty));
        return new StatResult("Kendall tau-b (normal approx., tie-corrected)", tau, z, PValues.FromZ(z, alternative), null, n, alternative);
    }

    /// <summary>S = (concordant − discordant) pairs; pairs tied in x or y count zero.</summary>
    internal static double KendallS(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        var s = 0.0;
        for (var i = 0; i < x.Count; i++)
        {
            for (var j = i + 1; j < x.Count; j++)
            {
                s += Math.Sign(x[j] - x[i]) * Math.Sign(y[j] - y[i]);
            }
        }

        return s;
    }

    /// <summary>Var(S) under independence with ties in both variables (Kendall, Rank Correlation Methods, 1970).</summary>
    internal static double KendallVariance(int n, IReadOnlyList<int> tx, IReadOnlyList<int> ty)
    {
        static double V(double t) => t * (t - 1) * ((2 * t) + 5);
        static double T1(double t) => t * (t - 1);
        static double T2(double t) => t * (t - 1) * (t - 2);
        double nn = n;
        var v = (V(nn) - tx.Sum(t => V(t)) - ty.Sum(t => V(t))) / 18;
        v += tx.Sum(t => T1(t)) * ty.Sum(t => T1(t)) / (2 * nn * (nn - 1));
        if (n > 2)
        {
            v += tx.Sum(t => T2(t)) * ty.Sum(t => T2(t)) / (9 * nn * (nn - 1) * (nn - 2));
        }

        return v;
    }
}
