using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Claims;

public sealed class AnalysisPlanTests
{
    [Fact]
    public void The_hash_is_the_same_for_the_same_plan_and_changes_with_a_threshold_or_an_expectation()
    {
        var profile = ClaimCatalog.LoadProfile("cifar-cpu");
        var c1 = profile.Claims!["C1"];
        var raised = profile with
        {
            Claims = new Dictionary<string, ClaimExpectation>(profile.Claims!)
            {
                ["C1"] = c1 with { Thresholds = new Dictionary<string, double>(c1.Thresholds!) { ["pearsonR"] = 0.95 } },
            },
        };
        var asserted = profile with
        {
            Claims = new Dictionary<string, ClaimExpectation>(profile.Claims!) { ["C1"] = c1 with { Expectation = "asserted" } },
        };

        AnalysisPlan.Hash(ClaimCatalog.LoadProfile("cifar-cpu")).Should().Be(AnalysisPlan.Hash(profile)).And.HaveLength(64);
        AnalysisPlan.Hash(raised).Should().NotBe(AnalysisPlan.Hash(profile));
        AnalysisPlan.Hash(asserted).Should().NotBe(AnalysisPlan.Hash(profile));
        AnalysisPlan.Text(raised).Should().Contain("pearsonR=0.95").And.Contain("minConfigs=8");
    }

    [Fact]
    public void A_profile_description_is_not_part_of_the_plan()
    {
        var profile = ClaimCatalog.LoadProfile("cifar-cpu");

        AnalysisPlan.Hash(profile with { Description = "other words" }).Should().Be(AnalysisPlan.Hash(profile));
    }
}
