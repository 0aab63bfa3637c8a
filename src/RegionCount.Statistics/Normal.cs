namespace RegionCount.Statistics;

/// <summary>The standard normal distribution.</summary>
public static class Normal
{
    private const double Sqrt2 = 1.4142135623730951;

    // Acklam's rational approximation of the quantile (relative error 1.15e-9), refined below by one Halley step.
    private static readonly double[] A =
        [-3.969683028665376e+01, 2.209460984245205e+02, -2.759285104469687e+02, 1.383577518672690e+02, -3.066479806614716e+01, 2.506628277459239e+00];

    private static readonly double[] B =
        [-5.447609879822406e+01, 1.615858368580409e+02, -1.556989798598866e+02, 6.680131188771972e+01, -1.328068155288572e+01];

    private static readonly double[] C =
        [-7.784894002430293e-03, -3.223964580411365e-01, -2.400758277161838e+00, -2.549732539343734e+00, 4.374664141464968e+00, 2.938163982698783e+00];

    private static readonly double[] D =
        [7.784695709041462e-03, 3.224671290700398e-01, 2.445134137142996e+00, 3.754408661907416e+00];

    /// <summary>P(Z ≤ z).</summary>
    public static double Cdf(double z) => 0.5 * SpecialFunctions.Erfc(-z / Sqrt2);

    /// <summary>P(Z &gt; z), accurate in the far upper tail.</summary>
    public static double UpperTail(double z) => 0.5 * SpecialFunctions.Erfc(z / Sqrt2);

    /// <summary>The z with P(Z ≤ z) = <paramref name="p"/>, p in (0, 1).</summary>
    public static double Quantile(double p)
    {
        Guard.Probability(p, nameof(p));
        const double low = 0.02425;
        double x;
        if (p < low)
        {
            var q = Math.Sqrt(-2 * Math.Log(p));
            x = Tail(q);
        }
        else if (p > 1 - low)
        {
            var q = Math.Sqrt(-2 * Math.Log(1 - p));
            x = -Tail(q);
        }
        else
        {
            var q = p - 0.5;
            var r = q * q;
            x = (((((((((((A[0] * r) + A[1]) * r) + A[2]) * r) + A[3]) * r) + A[4]) * r) + A[5]) * q)
                / (((((((((B[0] * r) + B[1]) * r) + B[2]) * r) + B[3]) * r) + B[4]) * r + 1);
        }

        // One Halley step on Cdf(x) − p brings the error to machine precision.
        var e = p < 0.5 ? Cdf(x) - p : (1 - p) - UpperTail(x);
        var u = e * Math.Sqrt(2 * Math.PI) * Math.Exp(x * x / 2);
        return x - (u / (1 + (x * u / 2)));
    }

    private static double Tail(double q) =>
        (((((((((((C[0] * q) + C[1]) * q) + C[2]) * q) + C[3]) * q) + C[4]) * q) + C[5]))
        / ((((((((D[0] * q) + D[1]) * q) + D[2]) * q) + D[3]) * q) + 1);
}
