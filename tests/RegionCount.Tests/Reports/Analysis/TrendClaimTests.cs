using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

public sealed class TrendClaimTests
{
    private static ClaimThresholds Paper(ClaimDefinition claim) => new(claim, null, asserted: true);

    private static List<ClaimRun> Sweep(Func<double, double> rcOfLr) =>
        [.. new[] { 0.001, 0.01, 0.1 }.SelectMany(lr => Enumerable.Range(0, 3).Select(seed =>
            Runs.Run(lr, 64, seed, rcOfLr(lr) + (0.01 * seed), 100, 80)))];

    [Fact]
    public void Region_count_falling_with_learning_rate_reproduces_C3()
    {
        var result = TrendClaim.Analyze(ClaimCatalog.C3, Sweep(lr => 3 - Math.Log10(lr)), Paper(ClaimCatalog.C3), TrendAxis.LearningRate);

        var v = result.Verdicts.Single();
        v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
        v.Value.Should().BeLessThan(0.05);
        result.Table.Rows.Should().HaveCount(3);
    }

    [Fact]
    public void Region_count_rising_with_learning_rate_does_not_reproduce_C3()
    {
        var v = TrendClaim.Analyze(ClaimCatalog.C3, Sweep(lr => 3 + Math.Log10(lr)), Paper(ClaimCatalog.C3), TrendAxis.LearningRate)
            .Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.NotReproduced, v.Evidence);
    }

    [Fact]
    public void No_trend_is_inconclusive()
    {
        var runs = Sweep(_ => 2.5).Select((r, i) => r with
        {
            FinalCounts = new Dictionary<string, double> { [ClaimRun.Segment] = 2.5 + (0.1 * (i % 3)) },
        }).ToList();

        var v = TrendClaim.Analyze(ClaimCatalog.C3, runs, Paper(ClaimCatalog.C3), TrendAxis.LearningRate).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Inconclusive, v.Evidence);
    }
}
