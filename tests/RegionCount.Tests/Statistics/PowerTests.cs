using FluentAssertions;
using RegionCount.Statistics;
using Xunit;
using MN = MathNet.Numerics;

namespace RegionCount.Tests.Statistics;

public sealed class PowerTests
{
    /// <summary>z_0.975 (the two-sided 95 % Fisher interval); the interval's lower end is above 0 iff
    /// r &gt; tanh(z_0.975/√(N − 3)).</summary>
    private const double Z975 = 1.959963984540054;

    /// <summary>Fisher's z approximation of P(r ≥ threshold): 1 − Φ((atanh threshold − atanh ρ) √(N − 3)).</summary>
    private static double FisherApproximation(double rho, int n, double threshold) =>
        1 - MN.Distributions.Normal.CDF(0, 1, (Math.Atanh(threshold) - Math.Atanh(rho)) * Math.Sqrt(n - 3));

    /// <summary>The exact probability of the rule, P(r ≥ max(threshold, tanh(z_0.975/√(N − 3)))).</summary>
    private static double ExactRule(double rho, int n, double threshold) =>
        ExactUpperTail(rho, n, Math.Max(threshold, Math.Tanh(Z975 / Math.Sqrt(n - 3))));

    /// <summary>P(r ≥ c) for N bivariate normal pairs with correlation ρ: Simpson's rule (20,000 intervals) on
    /// Hotelling's (1953) exact density of r, f(r) = (N−2) Γ(N−1) (1−ρ²)^((N−1)/2) (1−r²)^((N−4)/2) /
    /// (√(2π) Γ(N−½) (1−ρr)^(N−3/2)) · ₂F₁(½, ½; N−½; (1+ρr)/2), with MathNet's GammaLn and the ₂F₁ series.</summary>
    private static double ExactUpperTail(double rho, int n, double c)
    {
        double Density(double r)
        {
            var z = (1 + (rho * r)) / 2;
            double sum = 1, term = 1;
            for (var k = 0; k < 10_000 && term > 1e-17 * sum; k++)
            {
                term *= (0.5 + k) * (0.5 + k) / ((n - 0.5 + k) * (k + 1)) * z;
                sum += term;
            }

            var logFront = MN.SpecialFunctions.GammaLn(n - 1) - MN.SpecialFunctions.GammaLn(n - 0.5);
            return (n - 2) * Math.Exp(logFront) * Math.Pow(1 - (rho * rho), (n - 1) / 2.0) * Math.Pow(1 - (r * r), (n - 4) / 2.0)
                / (Math.Sqrt(2 * Math.PI) * Math.Pow(1 - (rho * r), n - 1.5)) * sum;
        }

        const int m = 20_000;
        var h = (1 - c) / m;
        var s = Density(c) + Density(1);
        for (var i = 1; i < m; i++)
        {
            s += (i % 2 == 1 ? 4 : 2) * Density(c + (i * h));
        }

        return s * h / 3;
    }

    [Fact]
    public void The_exact_reference_is_a_density_and_reduces_to_t_under_independence()
    {
        // Checks of the test's own reference: total mass 1 for ρ ≠ 0, and for ρ = 0, r √((N−2)/(1−r²)) ~ t with N − 2 df,
        // so P(r ≥ 0.5 | N = 10) = P(T_8 ≥ 0.5 √(8/0.75)) (MathNet's t cdf).
        ExactUpperTail(0.6, 10, -1).Should().BeApproximately(1, 1e-10);
        ExactUpperTail(0.9, 30, -1).Should().BeApproximately(1, 1e-10);
        ExactUpperTail(0, 10, 0.5).Should().BeApproximately(1 - MN.Distributions.StudentT.CDF(0, 1, 8, 0.5 * Math.Sqrt(8 / 0.75)), 1e-10);
    }

    [Fact]
    public void A_near_perfect_true_correlation_is_reproduced_almost_always()
    {
        // ρ = 0.99, N = 27, threshold 0.9: exact P(r ≥ 0.9) = 0.99999998 (Hotelling); Fisher z 1 − Φ(−5.75).
        Power.CorrelationReproduced(0.99, 27, 0.9, 2000, seed: 1).Should().BeGreaterThan(0.95);
    }

    [Fact]
    public void A_moderate_true_correlation_rarely_passes_a_0_9_threshold_with_8_configurations()
    {
        // ρ = 0.5, N = 8: exact P(r ≥ 0.9) = 0.0244 (Hotelling); Fisher z 1 − Φ(2.064) = 0.0195.
        Power.CorrelationReproduced(0.5, 8, 0.9, 5000, seed: 1).Should().BeLessThan(0.1);
    }

    [Fact]
    public void Power_grows_with_N_for_a_fixed_seed()
    {
        // ρ = 0.9, threshold 0.8, exact: 0.661 (N = 5), 0.861 (8), 0.904 (12), 0.953 (20); consecutive values differ by
        // ≥ 0.04, ten Monte-Carlo standard errors (≤ 0.005 at 10,000 simulations).
        var powers = new[] { 5, 8, 12, 20 }.Select(n => Power.CorrelationReproduced(0.9, n, 0.8, 10_000, seed: 4)).ToArray();

        powers.Should().BeInAscendingOrder();
        powers.Should().OnlyHaveUniqueItems();
    }

    [Fact]
    public void Agrees_with_the_Fisher_z_approximation_where_it_is_accurate()
    {
        // ρ = 0.85, N = 50, threshold 0.9 (> tanh(1.96/√47) = 0.28, so the rule is r ≥ 0.9): Fisher z gives 0.0693,
        // the exact value is 0.0767. Monte-Carlo sd √(0.07·0.93/20000) = 0.0018; tolerance 0.02 as Fisher z ignores the
        // bias ρ/(2(N − 1)) of z_r. (At N = 12 the approximation is off by 0.035, see the exact comparison below.)
        Power.CorrelationReproduced(0.85, 50, 0.9, 20_000, seed: 9).Should().BeApproximately(FisherApproximation(0.85, 50, 0.9), 0.02);
    }

    [Theory]
    [InlineData(0.85, 50, 0.9)]
    [InlineData(0.7, 30, 0.6)]
    [InlineData(0.9, 12, 0.8)]
    [InlineData(0.5, 8, 0.9)]
    [InlineData(0.5, 4, 0.5)]
    [InlineData(0.9, 6, 0.8)]
    public void Agrees_with_the_exact_distribution_of_r_within_Monte_Carlo_error(double rho, int n, double threshold)
    {
        // Exact (Hotelling): 0.0767, 0.8367, 0.9044, 0.0244, 0.0699 (N = 4: the interval condition r > 0.961 binds),
        // 0.8155 (N = 6: it binds too, r > 0.811). Monte-Carlo sd ≤ √(0.25/20000) = 0.0035; tolerance 0.01 (≈ 3 sd).
        Power.CorrelationReproduced(rho, n, threshold, 20_000, seed: 9).Should().BeApproximately(ExactRule(rho, n, threshold), 0.01);
    }

    [Fact]
    public void The_interval_condition_binds_for_tiny_N()
    {
        // N = 4: the Fisher interval's lower end is tanh(atanh r − 1.96/√1) > 0 only for r > tanh(1.96) = 0.961, so any
        // threshold up to 0.96 gives the same rule "r > 0.961" on the same seeded draws. Without the interval condition
        // P(r ≥ 0.5 | ρ = 0.5) would be about one half; with it the exact value is 0.0699.
        var threshold05 = Power.CorrelationReproduced(0.5, 4, 0.5, 20_000, seed: 3);

        Power.CorrelationReproduced(0.5, 4, 0.9, 20_000, seed: 3).Should().Be(threshold05);
        Power.CorrelationReproduced(0.5, 4, -1, 20_000, seed: 3).Should().Be(threshold05);
        threshold05.Should().BeLessThan(0.2);
    }

    [Fact]
    public void Required_N_is_the_first_N_reaching_the_target()
    {
        // ρ = 0.9, threshold 0.8, target 0.8. Exact powers: 0.370 (N = 4), 0.661 (5), 0.8155 (6), 0.847 (7): N = 6, with
        // 0.0155 to spare = 3.9 Monte-Carlo sd at 10,000 simulations. (Fisher z alone would say 3 + (0.8416/0.3736)² → 9:
        // it ignores the bias of z_r, which matters at such small N.)
        var n = Power.RequiredN(0.9, 0.8, 0.8, seed: 6, maxN: 30, simulations: 10_000);

        n.Should().Be(6);
        Power.CorrelationReproduced(0.9, 6, 0.8, 10_000, seed: 6).Should().BeGreaterThanOrEqualTo(0.8);
        Power.CorrelationReproduced(0.9, 5, 0.8, 10_000, seed: 6).Should().BeLessThan(0.8);
        Power.RequiredN(0.5, 0.9, 0.8, seed: 6, maxN: 12, simulations: 500).Should().BeNull();
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        ((Action)(() => Power.CorrelationReproduced(1.5, 10, 0.9, 10, 1))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("rhoTrue: must be in [-1, 1], got 1.5*");
        ((Action)(() => Power.CorrelationReproduced(0.5, 3, 0.9, 10, 1))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("n: the Fisher-z interval needs at least 4 configurations, got 3*");
        ((Action)(() => Power.RequiredN(0.5, 0.9, 1, 1, 10))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("targetPower: must be in (0, 1), got 1*");
    }

    [Fact]
    public void The_Cholesky_factor_rebuilds_the_matrix_and_a_matrix_that_is_not_positive_definite_is_refused()
    {
        var r = new[,] { { 1, 0.8, 0.5 }, { 0.8, 1, 0.3 }, { 0.5, 0.3, 1 } };
        var l = Power.Cholesky(r);

        for (var i = 0; i < 3; i++)
        {
            for (var j = 0; j < 3; j++)
            {
                var sum = Enumerable.Range(0, 3).Sum(m => l[i, m] * l[j, m]);
                sum.Should().BeApproximately(r[i, j], 1e-12);
            }
        }
        ((Action)(() => Power.Cholesky(new[,] { { 1, 0.9, -0.9 }, { 0.9, 1, 0.9 }, { -0.9, 0.9, 1 } }))).Should().Throw<ArgumentException>()
            .WithMessage("correlation: not positive definite*");
    }

    [Fact]
    public void Correlated_samples_have_the_matrix_s_correlations()
    {
        var r = new[,] { { 1, 0.8, 0.5 }, { 0.8, 1, 0.3 }, { 0.5, 0.3, 1 } };
        double[][]? sample = null;

        Power.SimulateCorrelated(r, 20_000, v => { sample = v; return true; }, 1, seed: 4).Should().Be(1);

        Correlation.PearsonCoefficient(sample![0], sample[1]).Should().BeApproximately(0.8, 0.01);
        Correlation.PearsonCoefficient(sample[0], sample[2]).Should().BeApproximately(0.5, 0.02);
        Correlation.PearsonCoefficient(sample[1], sample[2]).Should().BeApproximately(0.3, 0.02);
    }
}
