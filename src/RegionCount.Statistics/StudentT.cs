namespace RegionCount.Statistics;

/// <summary>Student's t distribution with <c>df</c> degrees of freedom (df &gt; 0, need not be an integer).</summary>
public static class StudentT
{
    /// <summary>P(T ≤ t).</summary>
    public static double Cdf(double t, double df)
    {
        CheckDf(df);
        if (double.IsNaN(t))
        {
            return double.NaN;
        }

        var tail = LowerTailOfAbs(t, df);
        return t > 0 ? 1 - tail : tail;
    }

    /// <summary>P(T &gt; t), accurate in the far upper tail.</summary>
    public static double UpperTail(double t, double df) => Cdf(-t, df);

    /// <summary>The t with P(T ≤ t) = <paramref name="p"/>, p in (0, 1).</summary>
    public static double Quantile(double p, double df)
    {
        Guard.Probability(p, nameof(p));
        CheckDf(df);
        if (p == 0.5)
        {
            return 0;
        }

        // Solve P(T ≤ −|t|) = min(p, 1 − p) on the lower tail, then restore the sign.
        var target = Math.Min(p, 1 - p);
        var t = -Math.Abs(Normal.Quantile(target));
        double lo = double.NegativeInfinity, hi = 0;
        for (var i = 0; i < 200; i++)
        {
            var f = LowerTailOfAbs(t, df) - target;
            if (f > 0)
            {
                hi = t;
            }
            else
            {
                lo = t;
            }

            var next = t - (f / Density(t, df));
            if (!(next < hi && (double.IsNegativeInfinity(lo) || next > lo)))
            {
                // Newton left the bracket: bisect (or step outwards while the lower end is still open).
                next = double.IsNegativeInfinity(lo) ? 2 * Math.Min(t, -1) : (lo + hi) / 2;
            }

            if (Math.Abs(next - t) <= 1e-15 * Math.Max(1, Math.Abs(t)))
            {
                t = next;
                break;
            }

            t = next;
        }

        return p < 0.5 ? t : -t;
    }

    /// <summary>The density of t.</summary>
    public static double Density(double t, double df)
    {
        CheckDf(df);
        var logC = SpecialFunctions.LogGamma((df + 1) / 2) - SpecialFunctions.LogGamma(df / 2) - (0.5 * Math.Log(df * Math.PI));
        return Math.Exp(logC - ((df + 1) / 2 * Math.Log(1 + (t * t / df))));
    }

    /// <summary>P(T ≤ −|t|) = I_{df/(df+t²)}(df/2, 1/2) / 2.</summary>
    private static double LowerTailOfAbs(double t, double df)
    {
        if (double.IsInfinity(t))
        {
            return 0;
        }

        var x = df / (df + (t * t));
        return 0.5 * SpecialFunctions.IncompleteBeta(df / 2, 0.5, x);
    }

    private static void CheckDf(double df)
    {
        if (!(df > 0) || double.IsPositiveInfinity(df))
        {
            throw new ArgumentOutOfRangeException(nameof(df), df, $"df: degrees of freedom must be positive and finite, got {df}");
        }
    }
}
