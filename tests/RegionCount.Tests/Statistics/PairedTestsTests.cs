using FluentAssertions;
using RegionCount.Statistics;
using Xunit;
using MN = MathNet.Numerics;

namespace RegionCount.Tests.Statistics;

public sealed class PairedTestsTests
{
    // R's wilcox.test documentation example (Hollander & Wolfe 1973, p. 29: depression scale before/after).
    private static readonly double[] X = [1.83, 0.50, 1.62, 2.48, 1.68, 1.88, 1.55, 3.06, 1.30];
    private static readonly double[] Y = [0.878, 0.647, 0.598, 2.05, 1.06, 1.29, 1.06, 3.14, 1.29];

    [Fact]
    public void Paired_t_matches_MathNet_statistics_and_t_cdf()
    {
        // Reference: d = x − y, t = mean/ (sd/√n) with MathNet's Statistics.Mean/StandardDeviation, p with
        // MathNet's StudentT.CDF (8 df), one-sided "greater".
        var d = X.Zip(Y, (a, b) => a - b).ToArray();
        var mean = MN.Statistics.Statistics.Mean(d);
        var se = MN.Statistics.Statistics.StandardDeviation(d) / 3;
        var t = mean / se;

        var result = PairedTests.PairedT(X, Y, Alternative.Greater);

        result.Estimate.Should().BeApproximately(mean, 1e-12);
        result.Statistic.Should().BeApproximately(t, 1e-10);
        result.PValue.Should().BeApproximately(1 - MN.Distributions.StudentT.CDF(0, 1, 8, t), 1e-10);
        result.Interval!.Lower.Should().BeApproximately(mean - (MN.Distributions.StudentT.InvCDF(0, 1, 8, 0.95) * se), 1e-8);
        PairedTests.PairedT(X, Y).PValue.Should().BeApproximately(2 * result.PValue, 1e-12);
    }

    [Fact]
    public void Wilcoxon_matches_the_R_example_statistic_and_the_hand_derived_normal_approximation()
    {
        // R prints V = 40 (exact p = 0.01953, "greater"). No ties, n = 9: E V = 22.5, Var V = 9·10·19/24 = 71.25.
        // z = 17.5/√71.25; with continuity correction z = 17/√71.25.
        var plain = PairedTests.WilcoxonSignedRank(X, Y, Alternative.Greater);
        var corrected = PairedTests.WilcoxonSignedRank(X, Y, Alternative.Greater, continuityCorrection: true);

        plain.Estimate.Should().Be(40);
        plain.Statistic.Should().BeApproximately(17.5 / Math.Sqrt(71.25), 1e-12);
        plain.PValue.Should().BeApproximately(1 - MN.Distributions.Normal.CDF(0, 1, 17.5 / Math.Sqrt(71.25)), 1e-12);
        corrected.Statistic.Should().BeApproximately(17 / Math.Sqrt(71.25), 1e-12);
        corrected.PValue.Should().BeApproximately(0.01953, 0.005, "the normal approximation is near the exact p for n = 9");
    }

    [Fact]
    public void Wilcoxon_drops_zeros_and_corrects_for_ties()
    {
        // d = (1, −1, 2, 2, 0, 3): zero dropped → n = 5; |d| ranks: 1,1 → 1.5 each; 2,2 → 3.5 each; 3 → 5.
        // V = 1.5 + 3.5 + 3.5 + 5 = 13.5; E V = 7.5; Var = 5·6·11/24 − (6 + 6)/48 = 13.75 − 0.25 = 13.5.
        double[] x = [1, -1, 2, 2, 0, 3];
        var result = PairedTests.WilcoxonSignedRank(x, new double[6]);

        result.N.Should().Be(5);
        result.Estimate.Should().Be(13.5);
        result.Statistic.Should().BeApproximately(6 / Math.Sqrt(13.5), 1e-12);
    }

    [Fact]
    public void Constant_differences_are_rejected()
    {
        ((Action)(() => PairedTests.PairedT([1.0, 2, 3], [0.0, 1, 2]))).Should().Throw<ArgumentException>().WithMessage("x - y: all 3 values are equal*");
        ((Action)(() => PairedTests.WilcoxonSignedRank([1.0, 2], [1.0, 2]))).Should().Throw<ArgumentException>().WithMessage("x - y: needs at least 2 non-zero differences, got 0*");
    }
}
