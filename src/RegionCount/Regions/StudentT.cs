namespace RegionCount.Regions;

/// <summary>The two-sided 95 % quantile of Student's t.</summary>
internal static class StudentT
{
    private const double Z975 = 1.959963984540054;

    /// <summary>
    /// t₀.₉₇₅ with ν degrees of freedom by the Cornish–Fisher expansion (Abramowitz &amp; Stegun 26.7.5);
    /// exact table values for ν ≤ 4. Error below 1e-3 for ν ≥ 5.
    /// </summary>
    public static double Quantile975(int degreesOfFreedom)
    {
        switch (degreesOfFreedom)
        {
            case < 1:
                throw new ArgumentOutOfRangeException(nameof(degreesOfFreedom), "StudentT: degrees of freedom must be ≥ 1");
            case 1:
                return 12.706204736174703;
            case 2:
                return 4.302652729749464;
            case 3:
                return 3.182446305284263;
            case 4:
                return 2.776445105197793;
        }
        double z = Z975, n = degreesOfFreedom;
        double z3 = z * z * z, z5 = z3 * z * z, z7 = z5 * z * z, z9 = z7 * z * z;
        var g1 = (z3 + z) / 4;
        var g2 = ((5 * z5) + (16 * z3) + (3 * z)) / 96;
        var g3 = ((3 * z7) + (19 * z5) + (17 * z3) - (15 * z)) / 384;
        var g4 = ((79 * z9) + (776 * z7) + (1482 * z5) - (1920 * z3) - (945 * z)) / 92160;
        return z + (g1 / n) + (g2 / (n * n)) + (g3 / (n * n * n)) + (g4 / (n * n * n * n));
    }
}
