using FluentAssertions;
using RegionCount.Statistics;
using Xunit;

namespace RegionCount.Tests.Statistics;

public sealed class CorrelationDifferenceTests
{
    private static double[] Noise(int n, int seed)
    {
        var random = new Random(seed);
        return Enumerable.Range(0, n).Select(_ => random.NextDouble()).ToArray();
    }

    [Fact]
    public void Estimate_is_the_hand_derived_difference()
    {
        // y = (1, 2, 3, 4), x = 2y + 1 → r(x, y) = 1. z = (2, 1, 4, 3): centred y (−1.5, −0.5, 0.5, 1.5), centred z
        // (−0.5, −1.5, 1.5, 0.5): Σ = 0.75·4 = 3, Σy² = Σz² = 5 → r = 0.6. z' = (4, 3, 2, 1) → r = −1. D = 1 − 0.6 = 0.4.
        double[] y = [1, 2, 3, 4];
        double[] x = [3, 5, 7, 9];

        var result = Bootstrap.CorrelationDifference(y, x, [[2.0, 1, 4, 3], [4.0, 3, 2, 1]], 200, seed: 1);

        result.Estimate.Should().BeApproximately(0.4, 1e-12);
        result.N.Should().Be(4);
    }

    [Fact]
    public void Same_seed_same_interval_other_seed_other_interval()
    {
        var y = Noise(30, 1);
        var x = y.Zip(Noise(30, 2), (a, b) => a + (0.5 * b)).ToArray();
        IReadOnlyList<double>[] others = [y.Zip(Noise(30, 3), (a, b) => a + b).ToArray(), Noise(30, 4)];

        var a = Bootstrap.CorrelationDifference(y, x, others, 500, seed: 7);
        var b = Bootstrap.CorrelationDifference(y, x, others, 500, seed: 7);
        var c = Bootstrap.CorrelationDifference(y, x, others, 500, seed: 8);

        b.Interval.Should().Be(a.Interval);
        c.Interval.Should().NotBe(a.Interval);
        a.Interval!.Contains(a.Estimate).Should().BeTrue();
        a.Method.Should().Be("r(x,y) - max of 2 r(z_j,y), bootstrap Percentile (B=500, seed 7, 0 skipped)");
    }

    [Fact]
    public void A_measure_equal_to_y_beats_noise_in_every_resample()
    {
        // x = y: r(x, y) = 1 in every resample, while noise z_j has |r| < 1, so every resampled D > 0 and so is the
        // lower end of the interval.
        var y = Noise(25, 11);

        var result = Bootstrap.CorrelationDifference(y, y, [Noise(25, 12), Noise(25, 13), Noise(25, 14)], 1000, seed: 3);

        result.Estimate.Should().BeGreaterThan(0.5);
        result.Interval!.Lower.Should().BeGreaterThan(0);
        result.Interval.Upper.Should().BeLessThanOrEqualTo(2);
    }

    [Fact]
    public void A_measure_that_is_one_of_the_others_has_difference_zero()
    {
        // x is also z_1, so max_j r(z_j, y) ≥ r(x, y): D = 0 on the full sample and D ≤ 0 in every resample; with x
        // the best of the measures D = 0 in every resample, so the interval is [0, 0].
        var y = Noise(20, 21);
        var x = y.Zip(Noise(20, 22), (a, b) => a + (0.3 * b)).ToArray();

        var result = Bootstrap.CorrelationDifference(y, x, [x, Noise(20, 23)], 500, seed: 5);

        result.Estimate.Should().Be(0);
        result.Interval!.Upper.Should().Be(0);
        result.Interval.Lower.Should().BeLessThanOrEqualTo(0);
    }

    [Fact]
    public void Mostly_degenerate_resamples_give_no_interval()
    {
        // N = 10 units; y, x and z are each zero except at a different unit. A resample has all three defined only if
        // it draws units 0, 1 and 2: P = 1 − 3·0.9^10 + 3·0.8^10 − 0.7^10 = 0.248, so about 75 % are skipped (> half).
        var y = new double[10];
        var x = new double[10];
        var z = new double[10];
        y[0] = x[1] = z[2] = 1;

        var result = Bootstrap.CorrelationDifference(y, x, [z], 1000, seed: 2);

        result.Interval.Should().BeNull();
        result.Method.Should().MatchRegex(@"B=1000, seed 2, 7\d\d skipped\)$");
    }

    [Fact]
    public void Bad_input_is_rejected()
    {
        double[] y = [1, 2, 3];
        ((Action)(() => Bootstrap.CorrelationDifference(y, y, [], 10, 1))).Should().Throw<ArgumentException>().WithMessage("others: needs at least 1 measure*");
        ((Action)(() => Bootstrap.CorrelationDifference(y, y, [[1.0, 2]], 10, 1))).Should().Throw<ArgumentException>().WithMessage("others[0]: has 2 values, y has 3*");
        ((Action)(() => Bootstrap.CorrelationDifference(y, y, [[1.0, 1, 1]], 10, 1))).Should().Throw<ArgumentException>().WithMessage("others[0]: all 3 values are equal*");
        ((Action)(() => Bootstrap.CorrelationDifference(y, [1.0, 2], [y], 10, 1))).Should().Throw<ArgumentException>().WithMessage("x and y: lengths differ*");
    }
}
