using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Tests.Experiments;
using Xunit;

namespace RegionCount.Tests.Reports.Claims;

public sealed class ClaimCatalogTests
{
    private static IReadOnlyList<ProfileProblem> Validate(Action<JsonObject> change)
    {
        var json = TestProfiles.Tiny();
        change(json);
        return ClaimCatalog.Validate(ProfileLoader.Parse(json.ToJsonString(), "t.json"));
    }

    [Fact]
    public void A_misspelt_threshold_is_a_problem_naming_its_path_and_the_claim_s_names()
    {
        var problems = Validate(p => p["claims"]!["C1"]!["thresholds"] = new JsonObject { ["pearsonRR"] = 0.5 });

        problems.Should().ContainSingle().Which.ToString().Should()
            .Be("t.json: $.claims.C1.thresholds.pearsonRR: unknown threshold 'pearsonRR' (C1 reads: pearsonR, minConfigs, interpolation)");
    }

    [Theory]
    [InlineData("C1", "pearsonR@mlp", null)]
    [InlineData("C1", "pearsonR@vgg19", "'pearsonR@vgg19': the profile has no network 'vgg19' (its networks: mlp)")]
    [InlineData("C1", "minConfigs@mlp", "'minConfigs@mlp': only pearsonR can be set per model")]
    [InlineData("C12", "pearsonR@mlp", "'pearsonR@mlp': C12 does not judge a per-model threshold (those that do: C1, C2, C9, C10, C11, C13, C17, C18)")]
    public void A_per_model_threshold_names_a_model_of_the_profile_and_a_claim_that_judges_per_model(string claim, string key, string? problem)
    {
        var problems = Validate(p => p["claims"]![claim] = new JsonObject { ["expectation"] = "recorded", ["thresholds"] = new JsonObject { [key] = 0.6 } });

        if (problem is null)
        {
            problems.Should().BeEmpty();
        }
        else
        {
            problems.Should().ContainSingle().Which.Message.Should().Be(problem);
        }
    }

    [Fact]
    public void A_threshold_another_claim_reads_is_still_unknown_here()
    {
        Validate(p => p["claims"]!["C3"] = new JsonObject { ["expectation"] = "recorded", ["thresholds"] = new JsonObject { ["pearsonR"] = 0.9 } })
            .Should().ContainSingle().Which.JsonPath.Should().Be("$.claims.C3.thresholds.pearsonR");
    }

    [Fact]
    public void An_unknown_claim_is_a_problem()
    {
        Validate(p => p["claims"]!["C99"] = new JsonObject { ["expectation"] = "recorded" })
            .Should().ContainSingle().Which.Message.Should().StartWith("unknown claim 'C99' (known: C1, C2,");
    }

    [Theory]
    [InlineData("smoke")]
    [InlineData("cpu")]
    [InlineData("paper")]
    public void Built_in_profiles_name_only_thresholds_their_claims_read(string name) =>
        ClaimCatalog.LoadProfile(name).Claims.Should().NotBeEmpty();

    [Fact]
    public void Loading_a_profile_with_a_misspelt_threshold_fails_with_that_line()
    {
        var folder = Directory.CreateTempSubdirectory("rc-claims-");
        try
        {
            var json = TestProfiles.Tiny();
            json["claims"]!["C1"]!["thresholds"] = new JsonObject { ["pearsonr"] = 0.5 };
            var act = () => ClaimCatalog.LoadProfile(TestProfiles.Write(folder, json));

            act.Should().Throw<ProfileException>().WithMessage("*$.claims.C1.thresholds.pearsonr: unknown threshold 'pearsonr'*");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Reading_an_undeclared_threshold_throws_instead_of_using_a_silent_default()
    {
        var thresholds = new ClaimThresholds(ClaimCatalog.C3, new Dictionary<string, double> { ["alpha"] = 0.01 }, asserted: false);

        thresholds.Alpha.Should().Be(0.01);
        var act = () => thresholds.PearsonR;
        act.Should().Throw<InvalidOperationException>().WithMessage("claim C3 reads threshold 'pearsonR', which its definition does not declare");
    }

    [Fact]
    public void Every_claim_has_its_analysis_in_its_definition() =>
        ClaimCatalog.All.Where(c => c.Analysis is null).Select(c => c.Id).Should().BeEmpty();
}
