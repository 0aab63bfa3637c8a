using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>The power beside a C3/C4 trend verdict: Page's L on simulated designs shaped like ours, with the paper's trend.</summary>
public sealed class TrendPowerTests
{
    [Fact]
    public void The_noise_is_the_residual_of_an_additive_block_and_level_fit()
    {
        TrendPower.ResidualSd([[1, 2, 3], [2, 3, 4]]).Should().Be(0, "block + level explains these exactly");
        // [[0, 0], [0, 2]]: grand mean 0.5, block means 0 and 1, level means 0 and 1; residuals ±0.5, sum of squares 1 over 1 df.
        TrendPower.ResidualSd([[0, 0], [0, 2]]).Should().BeApproximately(1, 1e-12);
    }

    [Fact]
    public void More_blocks_give_more_power_and_a_noise_free_design_has_power_one()
    {
        double[] levels = [0.001, 0.01, 0.1];
        var random = new Random(3);
        (double, double, double) Block() => (3 + random.NextDouble(), 3 + random.NextDouble(), 3 + random.NextDouble());
        VerdictPower Power(int blocks)
        {
            var observations = Enumerable.Range(0, blocks).SelectMany(b =>
            {
                var (a, c, d) = Block();
                return new[] { (b, levels[0], a), (b, levels[1], c), (b, levels[2], d) };
            });
            return TrendPower.Of(BlockedTrend.Of(observations, increasing: false, 0.05), TrendAxis.LearningRate, 0.05)!;
        }

        var few = Power(3);
        var many = Power(24);

        many.Reproduced.Should().BeGreaterThan(few.Reproduced);
        few.NotReproducedIfNone.Should().Be(double.NaN);
        var exact = BlockedTrend.Of(Enumerable.Range(0, 3).SelectMany(b => levels.Select(l => (b, l, 3 - Math.Log10(l) + b))), increasing: false, 0.05);
        TrendPower.Of(exact, TrendAxis.LearningRate, 0.05)!.Reproduced.Should().Be(1, "no noise: every simulated block falls as the paper's trend, p = 1/216");
    }

    [Fact]
    public void The_blocks_needed_for_80_percent_are_the_fewest_of_the_ladder_that_reach_it()
    {
        double[] levels = [0.001, 0.01, 0.1];
        var random = new Random(5);
        var observations = Enumerable.Range(0, 3).SelectMany(b => levels.Select(l => (b, l, 3 + random.NextDouble())));
        var trend = BlockedTrend.Of(observations, increasing: false, 0.05);

        var power = TrendPower.Of(trend, TrendAxis.LearningRate, 0.05)!;
        int needed = int.Parse(power.Needed!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        power.Needed.Should().EndWith(" blocks");
        int index = TrendPower.BlockLadder.ToList().IndexOf(needed);
        index.Should().BeGreaterThan(0, "3 noisy blocks are not enough for this small effect");
        TrendPower.PowerAt(trend, TrendAxis.LearningRate, 0.05, needed).Should().BeGreaterThanOrEqualTo(VerdictPower.Target);
        TrendPower.PowerAt(trend, TrendAxis.LearningRate, 0.05, TrendPower.BlockLadder[index - 1]).Should().BeLessThan(VerdictPower.Target);
        TrendPower.PowerAt(trend, TrendAxis.LearningRate, 0.05, 3).Should().Be(power.Reproduced, "the power at our own size");
    }

    [Fact]
    public void A_trend_verdict_carries_its_power_and_says_what_it_assumed()
    {
        var runs = new[] { 0.001, 0.01, 0.1 }.SelectMany(lr => Enumerable.Range(0, 3).Select(seed =>
            Runs.Run(lr, 64, seed, 3 - Math.Log10(lr) + (0.37 * seed * lr), 100, 80))).ToList();

        var v = TrendClaim.Analyze(ClaimCatalog.C3, runs, new ClaimThresholds(ClaimCatalog.C3, null, asserted: true), TrendAxis.LearningRate)
            .Verdicts.Single();

        v.Power.Should().NotBeNull();
        v.Power!.Reproduced.Should().BeInRange(0, 1);
        v.Evidence.Should().Contain("3.827 → 2.717").And.Contain("before Holm");
    }
}
