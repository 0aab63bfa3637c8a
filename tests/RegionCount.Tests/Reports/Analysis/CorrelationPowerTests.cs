using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Statistics;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>The power shown beside a correlation verdict is the rule's own operating characteristic.</summary>
public sealed class CorrelationPowerTests
{
    [Fact]
    public void Below_the_minimum_there_is_no_power_because_the_rule_cannot_decide()
    {
        CorrelationPower.Of(7, rank: false, 0.9, 8).Should().BeNull();
        CorrelationPower.Of(12, rank: false, 0.9, 16).Should().BeNull();
    }

    [Fact]
    public void Power_grows_with_the_number_of_configurations()
    {
        var small = CorrelationPower.Of(8, rank: false, 0.9, 8)!;
        var large = CorrelationPower.Of(30, rank: false, 0.9, 8)!;

        large.Reproduced.Should().BeGreaterThanOrEqualTo(small.Reproduced);
        large.NotReproducedAtZero.Should().BeGreaterThan(small.NotReproducedAtZero);
        // ρ = 0.98, N = 30: Fisher z puts P(r ≥ 0.9) at 1 − Φ((atanh 0.9 − atanh 0.98)·√27) = 1 − Φ(−4.29) ≈ 1, and r ≥ 0.9
        // leaves the bootstrap interval far above 0; with no association the upper end of the interval of r over 30 points
        // stays below 0.9 essentially always.
        large.Reproduced.Should().BeGreaterThan(0.97);
        large.NotReproducedAtZero.Should().BeGreaterThan(0.97);
    }

    [Fact]
    public void Is_the_share_of_simulated_samples_on_which_the_rule_itself_decides_so()
    {
        // Recomputed from the parts: the same simulated samples through CorrelationEvidence and CorrelationRule.Decide.
        var power = CorrelationPower.Of(9, rank: true, 0.9, 8)!;
        double Rate(double rho, VerdictOutcome outcome) => Power.Simulate(rho, 9, (x, y) =>
            CorrelationRule.Decide(CorrelationEvidence.Of(x, y, rank: true, 8), 0.9, 8).Outcome == outcome,
            CorrelationPower.Simulations, CorrelationPower.Seed);

        power.Reproduced.Should().Be(Rate(CorrelationPower.PaperCorrelation, VerdictOutcome.Reproduced));
        power.NotReproducedAtZero.Should().Be(Rate(0, VerdictOutcome.NotReproduced));
        power.Describe().Should().Contain("N = 9").And.Contain("ρ = 0.98");
    }

    [Fact]
    public void Simulate_with_the_Fisher_rule_is_the_planning_power()
    {
        double threshold = 0.8;
        Power.Simulate(0.9, 12, (x, y) =>
        {
            var r = Correlation.PearsonCoefficient(x, y);
            return r >= threshold && Correlation.FisherInterval(r, 12, Alternative.TwoSided, 0.95).Lower > 0;
        }, 2000, 5).Should().Be(Power.CorrelationReproduced(0.9, 12, threshold, 2000, 5));
    }

    [Fact]
    public void A_correlation_verdict_carries_the_power_of_its_rule_at_its_N()
    {
        var runs = new List<ClaimRun>();
        int k = 0;
        foreach (var lr in new[] { 0.1, 0.03, 0.01, 0.003 })
        {
            foreach (var batch in new[] { 32, 128 })
            {
                double rc = 2 + (0.1 * k++);
                runs.Add(Runs.Run(lr, batch, 0, rc, 100, 90 - (5 * (rc - 2))));
            }
        }
        var thresholds = new ClaimThresholds(ClaimCatalog.C1, new Dictionary<string, double> { ["pearsonR"] = 0.9 }, asserted: true);

        var v = CorrelationClaim.Analyze(ClaimCatalog.C1, runs, thresholds).Verdicts.Single();

        v.N.Should().Be(8);
        v.Power.Should().Be(CorrelationPower.Of(8, rank: false, 0.9, 8)!.ForVerdict());
        v.Power!.Needed.Should().Be(CorrelationPower.NeededText(rank: false, 0.9, 8));
    }

    [Theory]
    [InlineData(false, 0.9)]
    [InlineData(true, 0.9)]
    [InlineData(false, 0.63)]
    public void The_configurations_needed_for_80_percent_are_the_fewest_of_the_ladder_where_the_rule_reaches_it(bool rank, double threshold)
    {
        int? needed = CorrelationPower.Needed(rank, threshold, 8);

        needed.Should().NotBeNull();
        CorrelationPower.Of(needed!.Value, rank, threshold, 8)!.Reproduced.Should().BeGreaterThanOrEqualTo(VerdictPower.Target);
        foreach (var n in CorrelationPower.Ladder.Where(n => n < needed))
        {
            CorrelationPower.Of(n, rank, threshold, 8)!.Reproduced.Should().BeLessThan(VerdictPower.Target, $"N = {n} comes first");
        }
    }

    [Fact]
    public void Below_the_minimum_a_verdict_has_no_power_but_says_how_many_configurations_the_rule_needs()
    {
        var runs = new[] { 0.1, 0.03, 0.01, 0.003 }.Select((lr, i) => Runs.Run(lr, 32, 0, 2 + (0.1 * i), 100, 90 - i)).ToList();
        var thresholds = new ClaimThresholds(ClaimCatalog.C1, new Dictionary<string, double> { ["pearsonR"] = 0.9 }, asserted: true);

        var v = CorrelationClaim.Analyze(ClaimCatalog.C1, runs, thresholds).Verdicts.Single();

        v.N.Should().Be(4);
        v.Power!.Reproduced.Should().Be(double.NaN);
        v.Power.Needed.Should().Be(CorrelationPower.NeededText(rank: false, 0.9, 8)).And.EndWith(" configurations");
    }
}
