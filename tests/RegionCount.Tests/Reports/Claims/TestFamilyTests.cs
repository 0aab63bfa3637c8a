using FluentAssertions;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Claims;

/// <summary>Multiplicity (issue 16, item 3): the test verdicts of a report are one Holm family; verdicts use the adjusted p.</summary>
public sealed class TestFamilyTests
{
    private static Verdict Tested(string subject, double p, double pOpposite = 0.9) =>
        Verdict.FromTest("C3", subject, "p", p, double.NaN, double.NaN, 3, "e", new VerdictTest("t", "decreasing", p, pOpposite, 0.05));

    private static Verdict Interval(string subject) =>
        new("C1", subject, VerdictOutcome.Reproduced, "r", 0.95, 0.5, 0.99, 10, "interval", "e");

    [Fact]
    public void Before_adjustment_a_test_verdict_is_decided_by_its_raw_p_as_a_family_of_one()
    {
        Tested("a", 0.03).Outcome.Should().Be(VerdictOutcome.Reproduced);
        Tested("a", 0.03).Test!.FamilySize.Should().Be(1);
    }

    [Fact]
    public void Holm_over_the_family_decides_and_interval_verdicts_pass_through_outside_it()
    {
        // Holm of (0.01, 0.03, 0.04): 0.03, 0.06, 0.06.
        var adjusted = TestFamily.Adjust([Tested("a", 0.01), Interval("r"), Tested("b", 0.03), Tested("c", 0.04)]);

        adjusted.Select(v => v.Outcome).Should().Equal(VerdictOutcome.Reproduced, VerdictOutcome.Reproduced, VerdictOutcome.Inconclusive, VerdictOutcome.Inconclusive);
        adjusted[0].Test!.AdjustedP.Should().BeApproximately(0.03, 1e-12);
        adjusted[2].Test!.AdjustedP.Should().BeApproximately(0.06, 1e-12);
        adjusted[2].Test!.P.Should().Be(0.03, "the raw p is kept beside the adjusted one");
        adjusted[0].Test!.FamilySize.Should().Be(3);
        adjusted[1].Should().Be(Interval("r"));
        adjusted[2].Explanation.Should().Contain("p (decreasing) 0.03, Holm 0.06 over 3 tests");
    }

    [Fact]
    public void The_opposite_direction_is_its_own_family_and_not_reproduced_needs_its_adjusted_p_below_alpha()
    {
        // Opposite p's (0.02, 0.9) Holm to (0.04, 0.9): not reproduced; (0.03, 0.03) Holm to (0.06, 0.06): inconclusive.
        TestFamily.Adjust([Tested("a", 0.99, pOpposite: 0.02), Tested("b", 0.5)])[0].Outcome.Should().Be(VerdictOutcome.NotReproduced);
        TestFamily.Adjust([Tested("a", 0.99, pOpposite: 0.03), Tested("b", 0.5, pOpposite: 0.03)])
            .Should().OnlyContain(v => v.Outcome == VerdictOutcome.Inconclusive);
    }

    [Fact]
    public void The_rule_names_the_adjusted_p_and_both_directions()
    {
        Tested("a", 0.01).Threshold.Should().Be(
            "t: reproduced if Holm-adjusted p (decreasing) < 0.05; not reproduced if Holm-adjusted p (opposite direction) < 0.05");
    }
}
