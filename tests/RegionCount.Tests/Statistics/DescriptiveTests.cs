using FluentAssertions;
using RegionCount.Statistics;
using Xunit;
using MN = MathNet.Numerics;

namespace RegionCount.Tests.Statistics;

public sealed class DescriptiveTests
{
    // Hand-derived: 1e9 + {4, 7, 13, 16} has mean 1e9 + 10 and squared deviations 36 + 9 + 9 + 36 = 90, so the
    // sample sd is √(90/3) = √30. The offset catches one-pass (Σx² − n·mean²) cancellation.
    [Fact]
    public void Mean_and_sd_survive_a_large_offset()
    {
        double[] x = [1e9 + 4, 1e9 + 7, 1e9 + 13, 1e9 + 16];
        Descriptive.Mean(x).Should().BeApproximately(1e9 + 10, 1e-6);
        Descriptive.StandardDeviation(x).Should().BeApproximately(Math.Sqrt(30), 1e-6);
    }

    [Fact]
    public void Mean_interval_matches_MathNet_t_quantile()
    {
        // Reference: mean ± t_{0.975, n−1} s/√n with MathNet's Statistics.StandardDeviation and StudentT.InvCDF.
        double[] x = [2.72, 2.79, 2.65, 2.81, 2.70];
        var mean = MN.Statistics.Statistics.Mean(x);
        var half = MN.Distributions.StudentT.InvCDF(0, 1, 4, 0.975) * MN.Statistics.Statistics.StandardDeviation(x) / Math.Sqrt(5);

        var ci = Descriptive.MeanInterval(x);

        ci.Lower.Should().BeApproximately(mean - half, 1e-10);
        ci.Upper.Should().BeApproximately(mean + half, 1e-10);
        Descriptive.MeanInterval(x, 0.8).Upper.Should().BeLessThan(ci.Upper);
    }

    [Fact]
    public void Too_few_or_non_finite_values_are_rejected()
    {
        ((Action)(() => Descriptive.StandardDeviation([1.0]))).Should().Throw<ArgumentException>().WithMessage("values: needs at least 2 values, got 1*");
        ((Action)(() => Descriptive.Mean([1.0, double.NaN]))).Should().Throw<ArgumentException>().WithMessage("values: value 1 is NaN*");
        ((Action)(() => Descriptive.MeanInterval([1.0, 2.0], 1.5))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("level: *");
    }
}
