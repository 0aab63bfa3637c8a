using FluentAssertions;
using RegionCount.Statistics;
using Xunit;
using MN = MathNet.Numerics.Distributions;

namespace RegionCount.Tests.Statistics;

// Reference values: MathNet.Numerics 5.0.0 (an independent implementation), computed at test time.
public sealed class DistributionTests
{
    public static readonly TheoryData<double, double> TPoints = new()
    {
        { -40, 1 }, { -3.5, 1 }, { -0.3, 2 }, { 0.7, 3 }, { 1.8411, 7 }, { 2.5, 7.5 }, { -6, 25 }, { 1.96, 1000 }, { 12, 4 },
    };

    [Theory]
    [MemberData(nameof(TPoints))]
    public void T_cdf_matches_MathNet_to_1e_12(double t, double df)
    {
        StudentT.Cdf(t, df).Should().BeApproximately(MN.StudentT.CDF(0, 1, df, t), 1e-12);
    }

    [Theory]
    [InlineData(0.975, 1)]
    [InlineData(0.975, 7)]
    [InlineData(0.995, 26)]
    [InlineData(0.05, 3)]
    [InlineData(0.6, 2.5)]
    [InlineData(1e-6, 10)]
    [InlineData(0.999, 500)]
    public void T_quantile_matches_MathNet_to_1e_8_relative(double p, double df)
    {
        var expected = MN.StudentT.InvCDF(0, 1, df, p);
        StudentT.Quantile(p, df).Should().BeApproximately(expected, 1e-8 * Math.Max(1, Math.Abs(expected)));
        StudentT.Cdf(StudentT.Quantile(p, df), df).Should().BeApproximately(p, 1e-12 + (1e-10 * p));
    }

    [Fact]
    public void Textbook_t_quantiles_hold()
    {
        // Printed t tables: t_{0.975, 10} = 2.228, t_{0.95, 5} = 2.015, t_{0.975, 1} = 12.706 (Cauchy: tan(0.475π)).
        StudentT.Quantile(0.975, 10).Should().BeApproximately(2.228, 5e-4);
        StudentT.Quantile(0.95, 5).Should().BeApproximately(2.015, 5e-4);
        StudentT.Quantile(0.975, 1).Should().BeApproximately(Math.Tan(0.475 * Math.PI), 1e-9);
    }

    [Theory]
    [InlineData(-8.0)]
    [InlineData(-3.1)]
    [InlineData(-1.0)]
    [InlineData(0.0)]
    [InlineData(0.5)]
    [InlineData(1.959963984540054)]
    [InlineData(5.0)]
    public void Normal_cdf_matches_MathNet_to_1e_14_and_relative_in_the_tail(double z)
    {
        var expected = MN.Normal.CDF(0, 1, z);
        Normal.Cdf(z).Should().BeApproximately(expected, 1e-14 + (1e-12 * expected));
    }

    [Theory]
    [InlineData(1e-10)]
    [InlineData(0.001)]
    [InlineData(0.02)]
    [InlineData(0.3)]
    [InlineData(0.5)]
    [InlineData(0.975)]
    [InlineData(0.9999)]
    public void Normal_quantile_matches_MathNet_to_1e_12(double p)
    {
        var expected = MN.Normal.InvCDF(0, 1, p);
        Normal.Quantile(p).Should().BeApproximately(expected, 1e-12 * Math.Max(1, Math.Abs(expected)));
    }

    [Fact]
    public void Hand_derivable_values_hold()
    {
        // Φ(0) = 1/2; Φ⁻¹(0.975) = 1.959963984540054 (defining value of the 95 % z); t with 1 df is Cauchy:
        // F(t) = 1/2 + atan(t)/π; t with 2 df: F(t) = 1/2 + t / (2√(2 + t²)).
        Normal.Cdf(0).Should().Be(0.5);
        Normal.Quantile(0.975).Should().BeApproximately(1.959963984540054, 1e-13);
        StudentT.Cdf(3, 1).Should().BeApproximately(0.5 + (Math.Atan(3) / Math.PI), 1e-14);
        StudentT.Cdf(-1.5, 2).Should().BeApproximately(0.5 - (1.5 / (2 * Math.Sqrt(2 + 2.25))), 1e-14);
    }

    [Fact]
    public void Bad_arguments_name_themselves()
    {
        ((Action)(() => StudentT.Cdf(1, 0))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("df: *");
        ((Action)(() => Normal.Quantile(1))).Should().Throw<ArgumentOutOfRangeException>().WithMessage("p: *");
    }
}
