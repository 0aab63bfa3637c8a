using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

public sealed class CorrelationClaimTests
{
    private static ClaimThresholds Paper(ClaimDefinition claim) => new(claim, new Dictionary<string, double> { ["pearsonR"] = 0.9 }, asserted: true);

    /// <summary>Eight configurations × two seeds whose gap is (nearly) a linear function of the region count.</summary>
    private static List<ClaimRun> Linked(double sign, double noise = 0.01)
    {
        var runs = new List<ClaimRun>();
        int k = 0;
        foreach (var lr in new[] { 0.1, 0.03, 0.01, 0.003 })
        {
            foreach (var batch in new[] { 32, 128 })
            {
                double rc = 2 + (0.1 * k++);
                for (int seed = 0; seed < 2; seed++)
                {
                    double gap = 10 + (sign * 5 * (rc - 2)) + (noise * (seed == 0 ? 1 : -1) * (k % 3));
                    runs.Add(Runs.Run(lr, batch, seed, rc, 100, 100 - gap));
                }
            }
        }
        return runs;
    }

    [Fact]
    public void A_strong_positive_link_is_reproduced_with_its_interval_and_N()
    {
        var result = CorrelationClaim.Analyze(ClaimCatalog.C1, Linked(+1), Paper(ClaimCatalog.C1));

        var v = result.Verdicts.Single();
        v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
        v.Value.Should().BeGreaterThan(0.99);
        v.N.Should().Be(8);
        v.Low.Should().BeGreaterThan(0);
        result.Table.Rows.Single()[^1].Should().Be("reproduced");
    }

    [Fact]
    public void A_negative_link_is_not_reproduced()
    {
        var v = CorrelationClaim.Analyze(ClaimCatalog.C1, Linked(-1), Paper(ClaimCatalog.C1)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.NotReproduced, v.Evidence);
        v.Value.Should().BeLessThan(-0.99);
    }

    [Fact]
    public void A_missing_run_makes_the_verdict_inconclusive_whatever_the_data()
    {
        var runs = Linked(+1);
        runs[0] = runs[0] with { Status = "missing" };

        var v = CorrelationClaim.Analyze(ClaimCatalog.C1, runs, Paper(ClaimCatalog.C1)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        v.Evidence.Should().Contain("15/16 runs completed");
    }

    [Fact]
    public void Too_few_configurations_are_inconclusive()
    {
        var runs = Linked(+1).Take(6).ToList();

        var v = CorrelationClaim.Analyze(ClaimCatalog.C1, runs, Paper(ClaimCatalog.C1)).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Inconclusive);
    }

    [Fact]
    public void Seeds_are_averaged_per_configuration_before_correlating()
    {
        var means = ConfigMean.Of(Linked(+1));

        means.Should().HaveCount(8);
        means.Should().OnlyContain(m => m.Seeds == 2);
    }
}
