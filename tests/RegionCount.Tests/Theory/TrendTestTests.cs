using FluentAssertions;
using RegionCount.Theory;
using Xunit;

namespace RegionCount.Tests.Theory;

public sealed class TrendTestTests
{
    [Fact]
    public void Statistic_counts_decreasing_pairs_and_half_ties()
    {
        // Pairs across groups by hand: (3,1) and (2,1) decrease → 2; {1} vs {1} is a tie → 0.5.
        TrendTest.DecreasingStatistic([[3, 2], [1]]).Should().Be(2);
        TrendTest.DecreasingStatistic([[1], [1]]).Should().Be(0.5);
        TrendTest.DecreasingStatistic([[1], [2], [3]]).Should().Be(0);
    }

    [Fact]
    public void Two_singletons_give_p_one_half()
    {
        // Of the two equally likely arrangements of {2, 1}, one reaches J ≥ 1: exact p = 1/2.
        TrendTest.DecreasingPValue([[2], [1]], 4000, seed: 1).Should().BeApproximately(0.5, 0.03);
    }

    [Fact]
    public void A_clear_decrease_is_significant_and_its_reverse_is_not()
    {
        IReadOnlyList<IReadOnlyList<double>> groups = [[5, 6, 5, 7], [4, 4, 5, 3], [2, 1, 3, 2]];

        TrendTest.DecreasingPValue(groups, 2000, seed: 2).Should().BeLessThan(0.01);
        TrendTest.IncreasingPValue(groups, 2000, seed: 2).Should().BeGreaterThan(0.9);
    }

    [Fact]
    public void Interval_matches_a_hand_computed_t_interval()
    {
        // {1, 2, 3}: mean 2, sd 1, t(0.975, 2) = 4.303 → half width 4.303/√3 = 2.48434.
        var interval = Interval.Of([1.0, 2.0, 3.0]);

        interval.Mean.Should().Be(2);
        interval.Lower.Should().BeApproximately(2 - 2.48434, 1e-4);
        interval.Upper.Should().BeApproximately(2 + 2.48434, 1e-4);
    }
}
