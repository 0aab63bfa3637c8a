using FluentAssertions;
using RegionCount.Theory;
using Xunit;

namespace RegionCount.Tests.Theory;

public sealed class IntervalTests
{
    [Fact]
    public void The_bounds_are_the_exact_t_interval()
    {
        // 1, 2, 3, 4: mean 2.5, sd √(5/3); qt(0.975, 3) = 3.18244630528371 (R), not the table's rounded 3.182.
        var interval = Interval.Of([1.0, 2, 3, 4]);

        interval.Count.Should().Be(4);
        interval.Mean.Should().Be(2.5);
        interval.Upper.Should().BeApproximately(2.5 + (3.18244630528371 * Math.Sqrt(5.0 / 3) / 2), 1e-12);
        interval.Lower.Should().BeApproximately(2.5 - (3.18244630528371 * Math.Sqrt(5.0 / 3) / 2), 1e-12);
    }

    [Fact]
    public void Fewer_than_two_values_have_no_bounds()
    {
        Interval.Of([]).Should().Be(new Interval(0, double.NaN, double.NaN, double.NaN));
        Interval.Of([7.0]).Should().Be(new Interval(1, 7, double.NaN, double.NaN));
    }
}
