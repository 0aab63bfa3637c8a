using FluentAssertions;
using RegionCount.Statistics;
using Xunit;
using MN = MathNet.Numerics;

namespace RegionCount.Tests.Statistics;

public sealed class CorrelationTests
{
    // R's cor.test documentation example (Hollander & Wolfe 1973, p. 187f.: "a study of the ... fictitious data").
    private static readonly double[] X = [44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1];
    private static readonly double[] Y = [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8];

    [Fact]
    public void Pearson_matches_MathNet_r_and_t_distribution_p()
    {
        // Reference: MathNet Correlation.Pearson for r; p = 2·F_t(−|t|, 7) with MathNet's StudentT.CDF;
        // Fisher-z CI tanh(atanh r ± 1.959964/√6) with MathNet's Normal.InvCDF.
        var r = MN.Statistics.Correlation.Pearson(X, Y);
        var t = r * Math.Sqrt(7 / (1 - (r * r)));
        var p = 2 * MN.Distributions.StudentT.CDF(0, 1, 7, -Math.Abs(t));
        var q = MN.Distributions.Normal.InvCDF(0, 1, 0.975);

        var result = Correlation.Pearson(X, Y);

        result.Estimate.Should().BeApproximately(r, 1e-12);
        result.Statistic.Should().BeApproximately(t, 1e-10);
        result.PValue.Should().BeApproximately(p, 1e-10);
        result.N.Should().Be(9);
        result.Interval!.Lower.Should().BeApproximately(Math.Tanh(Math.Atanh(r) - (q / Math.Sqrt(6))), 1e-10);
        result.Interval.Upper.Should().BeApproximately(Math.Tanh(Math.Atanh(r) + (q / Math.Sqrt(6))), 1e-10);
    }

    [Fact]
    public void Pearson_one_sided_p_halves_the_two_sided_in_the_direction_of_r()
    {
        var two = Correlation.Pearson(X, Y).PValue;
        Correlation.Pearson(X, Y, Alternative.Greater).PValue.Should().BeApproximately(two / 2, 1e-12);
        Correlation.Pearson(X, Y, Alternative.Less).PValue.Should().BeApproximately(1 - (two / 2), 1e-12);
        Correlation.Pearson(X, Y, Alternative.Greater).Interval!.Upper.Should().Be(1);
    }

    [Fact]
    public void Pearson_of_an_exact_line_is_one_with_p_zero()
    {
        // Hand-derived: y = 3 − 2x is a perfect negative linear relation.
        double[] x = [1, 2, 3, 4, 5];
        var result = Correlation.Pearson(x, x.Select(v => 3 - (2 * v)).ToArray());
        result.Estimate.Should().Be(-1);
        result.PValue.Should().Be(0);
    }

    [Fact]
    public void Spearman_matches_MathNet_with_ties()
    {
        // Reference: MathNet Correlation.Spearman (average ranks for ties); p via MathNet StudentT.CDF.
        double[] x = [1, 2, 2, 3, 4, 4, 4, 5, 6, 7];
        double[] y = [2.1, 1.9, 3.5, 3.5, 4.0, 2.0, 5.5, 6.1, 5.9, 8.0];
        var rho = MN.Statistics.Correlation.Spearman(x, y);
        var t = rho * Math.Sqrt(8 / (1 - (rho * rho)));

        var result = Correlation.Spearman(x, y, Alternative.Greater);

        result.Estimate.Should().BeApproximately(rho, 1e-12);
        result.PValue.Should().BeApproximately(1 - MN.Distributions.StudentT.CDF(0, 1, 8, t), 1e-10);
    }

    [Fact]
    public void Spearman_of_the_R_example_is_0_6()
    {
        // R's cor.test documentation prints rho = 0.6 (S = 48) for this data.
        Correlation.Spearman(X, Y).Estimate.Should().BeApproximately(0.6, 1e-12);
    }

    [Fact]
    public void Spearman_p_is_the_t_approximation_not_Rs_exact_default()
    {
        // R's example: S = Σd² = 48, ρ = 1 − 6·48/(9·80) = 0.6, t = 0.6·√(7/0.64) = 1.98431. Spearman reports the t
        // approximation 2·P(T_7 ≥ 1.98431) (MathNet's t cdf) = 0.0876. R prints the exact p = 0.0968 instead: all
        // 9! = 362,880 orders enumerated, 17,563 have S ≤ 48, p = 2·17563/362880 = 0.09680 (re-derived by a script).
        var t = 0.6 * Math.Sqrt(7 / 0.64);

        var result = Correlation.Spearman(X, Y);

        result.Statistic.Should().BeApproximately(t, 1e-12);
        result.PValue.Should().BeApproximately(2 * (1 - MN.Distributions.StudentT.CDF(0, 1, 7, t)), 1e-12);
        result.PValue.Should().BeApproximately(0.0876, 1e-4);
        (2 * 17563.0 / 362880).Should().BeApproximately(0.0968, 5e-5);
    }

    [Fact]
    public void Spearman_permutation_p_agrees_with_the_t_approximation_for_moderate_n()
    {
        // n = 30, moderate association: the t approximation of the null of ρ is good; tolerance 0.02 absolute
        // (Monte-Carlo error with B = 4000 is about √(p(1−p)/B) ≈ 0.005 at p ≈ 0.1).
        var random = new Random(7);
        var x = Enumerable.Range(0, 30).Select(_ => random.NextDouble()).ToArray();
        var y = x.Select(v => (0.3 * v) + random.NextDouble()).ToArray();

        var approx = Correlation.Spearman(x, y).PValue;
        var perm = Correlation.SpearmanPermutation(x, y, 4000, seed: 11);

        perm.PValue.Should().BeApproximately(approx, 0.02);
        perm.Estimate.Should().Be(Correlation.Spearman(x, y).Estimate);
        Correlation.SpearmanPermutation(x, y, 4000, seed: 11).PValue.Should().Be(perm.PValue, "the same seed gives the same p");
    }

    [Fact]
    public void Kendall_matches_the_R_example_and_the_hand_derived_z()
    {
        // R's cor.test documentation: tau = 0.4444444 (T = 26 concordant of 36 pairs). No ties, n = 9:
        // S = 26 − 10 = 16, Var S = n(n−1)(2n+5)/18 = 92, z = 16/√92 = 1.6681 (R, exact = FALSE, prints z = 1.6681,
        // p = 0.04765 for "greater"). p checked against MathNet's normal CDF.
        var result = Correlation.KendallTauB(X, Y, Alternative.Greater);

        result.Estimate.Should().BeApproximately(4.0 / 9, 1e-12);
        result.Statistic.Should().BeApproximately(16 / Math.Sqrt(92), 1e-12);
        result.PValue.Should().BeApproximately(1 - MN.Distributions.Normal.CDF(0, 1, 16 / Math.Sqrt(92)), 1e-12);
        result.PValue.Should().BeApproximately(0.04765, 5e-6);
    }

    [Fact]
    public void Kendall_tau_b_with_ties_matches_a_hand_derivation()
    {
        // x = (1, 1, 2, 3), y = (1, 2, 2, 3). Pairs: (12) x-tie → 0; (13) +; (14) +; (23) y-tie → 0; (24) +; (34) +.
        // S = 4, n0 = 6, n1 = 1 (one x tie pair), n2 = 1: τ-b = 4/√(5·5) = 0.8.
        // Var S: v0 = 4·3·13 = 156, vt = vu = 2·1·9 = 18 → (156 − 36)/18 = 6.6667; v1 term 2·2/(2·12) = 0.16667;
        // v2 term 0 (no triples). Var S = 6.8333, z = 4/√6.8333.
        double[] x = [1, 1, 2, 3];
        double[] y = [1, 2, 2, 3];

        var result = Correlation.KendallTauB(x, y);

        result.Estimate.Should().BeApproximately(0.8, 1e-12);
        result.Statistic.Should().BeApproximately(4 / Math.Sqrt((120.0 / 18) + (4.0 / 24)), 1e-12);
    }

    [Fact]
    public void Bad_input_is_rejected_with_a_named_argument()
    {
        ((Action)(() => Correlation.Pearson([1.0, 2, 3], [1.0, 2]))).Should().Throw<ArgumentException>().WithMessage("x and y: lengths differ (3 vs 2)*");
        ((Action)(() => Correlation.Spearman([1.0, 2], [1.0, 2]))).Should().Throw<ArgumentException>().WithMessage("x: needs at least 3 values*");
        ((Action)(() => Correlation.KendallTauB([1.0, 1, 1], [1.0, 2, 3]))).Should().Throw<ArgumentException>().WithMessage("x: all 3 values are equal*");
        ((Action)(() => Correlation.SpearmanPermutation(X, Y, 0, 1))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("permutations: *");
    }
}
