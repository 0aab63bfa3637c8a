using FluentAssertions;
using RegionCount.Statistics;
using Xunit;

namespace RegionCount.Tests.Statistics;

public sealed class BootstrapTests
{
    private static (double[] X, double[] Y) Bivariate(int n, double rho, int seed)
    {
        // Bivariate normal with correlation rho (Box–Muller from a seeded Random).
        var random = new Random(seed);
        double Gauss() => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
        var x = new double[n];
        var y = new double[n];
        for (var i = 0; i < n; i++)
        {
            x[i] = Gauss();
            y[i] = (rho * x[i]) + (Math.Sqrt(1 - (rho * rho)) * Gauss());
        }

        return (x, y);
    }

    [Fact]
    public void Same_seed_same_interval_other_seed_other_interval()
    {
        var (x, y) = Bivariate(40, 0.5, 1);
        var a = Bootstrap.PearsonInterval(x, y, 500, seed: 3);
        var b = Bootstrap.PearsonInterval(x, y, 500, seed: 3);
        var c = Bootstrap.PearsonInterval(x, y, 500, seed: 4);

        b.Interval.Should().Be(a.Interval);
        c.Interval.Should().NotBe(a.Interval);
        a.Estimate.Should().Be(Correlation.PearsonCoefficient(x, y));
    }

    [Theory]
    [InlineData(BootstrapMethod.Percentile)]
    [InlineData(BootstrapMethod.BCa)]
    public void Interval_of_r_covers_the_true_value_and_is_close_to_fisher_z_for_a_large_sample(BootstrapMethod method)
    {
        // n = 1000, ρ = 0.6: the Fisher-z interval is accurate here; bootstrap bounds should agree within 0.02.
        // (Fisher-z covered ρ in 188 of 200 seeds of this generator; seed 3 is one of the covering ones.)
        var (x, y) = Bivariate(1000, 0.6, 3);
        var boot = Bootstrap.PearsonInterval(x, y, 1000, seed: 5, method: method);
        var fisher = Correlation.Pearson(x, y).Interval!;

        fisher.Contains(0.6).Should().BeTrue("the seeded sample is a typical one");
        boot.Interval!.Contains(0.6).Should().BeTrue();
        boot.Interval.Lower.Should().BeApproximately(fisher.Lower, 0.02);
        boot.Interval.Upper.Should().BeApproximately(fisher.Upper, 0.02);
    }

    [Fact]
    public void Percentile_interval_of_the_mean_covers_about_95_percent_of_the_time()
    {
        // 200 independent samples of n = 50 from N(0, 1); nominal 95 %: expect 0.88..0.99 coverage (binomial
        // sd ≈ 0.015; the percentile interval is a little short at n = 50).
        var covered = 0;
        for (var rep = 0; rep < 200; rep++)
        {
            var (x, _) = Bivariate(50, 0, 100 + rep);
            var ci = Bootstrap.OneSample(x, v => v.Average(), 300, seed: rep).Interval!;
            covered += ci.Contains(0) ? 1 : 0;
        }

        (covered / 200.0).Should().BeInRange(0.88, 0.99);
    }

    [Fact]
    public void BCa_of_the_mean_of_symmetric_data_is_close_to_the_t_interval()
    {
        var (x, _) = Bivariate(200, 0, 9);
        var bca = Bootstrap.OneSample(x, v => v.Average(), 2000, seed: 1, method: BootstrapMethod.BCa).Interval!;
        var t = Descriptive.MeanInterval(x);

        bca.Lower.Should().BeApproximately(t.Lower, 0.03);
        bca.Upper.Should().BeApproximately(t.Upper, 0.03);
    }

    [Fact]
    public void Quantile_interpolates_between_order_statistics()
    {
        // Type-7 quantile, hand-derived: sorted (1, 2, 4, 8), p = 0.5 → h = 1.5 → 2 + 0.5·2 = 3; p = 0.9 → h = 2.7 → 4 + 0.7·4.
        Bootstrap.Quantile([1.0, 2, 4, 8], 0.5).Should().BeApproximately(3, 1e-12);
        Bootstrap.Quantile([1.0, 2, 4, 8], 0.9).Should().BeApproximately(6.8, 1e-12);
    }

    [Fact]
    public void Degenerate_resamples_are_an_error_not_a_silent_interval()
    {
        // Pairs (0,0), (0,1), (1,1): a resample is constant in x or y unless it holds (1,1) and (0,0) or (0,1)
        // in x and (0,0) and (1,1) or (0,1) in y; more than half of the resamples have an undefined r.
        var act = () => Bootstrap.PearsonInterval([0.0, 0, 1], [0.0, 1, 1], 1000, seed: 1);
        act.Should().Throw<InvalidOperationException>().WithMessage("bootstrap: the statistic was not finite in * of 1000 resamples*");
        ((Action)(() => Bootstrap.OneSample([1.0, 2], _ => double.NaN, 10, 1))).Should().Throw<ArgumentException>().WithMessage("statistic: is NaN*");
        ((Action)(() => Bootstrap.Paired([1.0, 2], [1.0], (a, b) => 0, 10, 1))).Should().Throw<ArgumentException>().WithMessage("x and y: lengths differ*");
    }
}
