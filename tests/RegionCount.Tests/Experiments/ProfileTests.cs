using FluentAssertions;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class ProfileTests
{
    [Theory]
    [InlineData("smoke")]
    [InlineData("cpu")]
    [InlineData("paper")]
    [InlineData("paper-dry")]
    public void Built_in_profiles_parse_and_validate_data_files_aside(string name)
    {
        var profile = ProfileLoader.Load(name);

        profile.Name.Should().Be(name);
        profile.Source.Should().Be($"builtin:{name}");
        ProfileValidator.Validate(profile).Should().BeEmpty();
        SweepPlanner.Plan(profile).Runs.Should().NotBeEmpty();
    }

    [Fact]
    public void Every_profile_states_an_expectation_for_every_claim_the_harness_judges()
    {
        foreach (var name in ProfileLoader.BuiltInNames)
        {
            ProfileLoader.Load(name).Claims!.Keys.Should().Contain(RegionCount.Reports.Claims.ClaimCatalog.All.Select(c => c.Id), name);
        }
    }

    [Fact]
    public void Smoke_is_the_default_and_uses_the_shipped_subset()
    {
        ProfileLoader.DefaultProfile.Should().Be("smoke");
        var smoke = ProfileLoader.Load("smoke");
        smoke.Datasets!.Should().Contain(d => d.Name == "fashion-mnist-subset" && d.TrainSize == 1000 && d.TestSize == 1000);
    }

    [Fact]
    public void Cpu_profile_is_frozen_with_its_design_written_down()
    {
        var cpu = ProfileLoader.Load("cpu");
        cpu.Status.Should().Contain("frozen");
        cpu.Design.Should().NotBeNullOrEmpty();
        cpu.Datasets!.Should().ContainSingle(d => d.Name == "fashion-mnist");
    }

    [Fact]
    public void Paper_profile_has_the_table_1_grid_with_three_nets_and_three_seeds()
    {
        var main = ProfileLoader.Load("paper").Experiments!.Single(e => e.Id == "main");

        main.Models.Should().Equal("resnet18", "efficientnetb0", "senet18");
        main.Grid!.LearningRates.Should().Equal(0.1, 0.01, 0.001);
        main.Grid.BatchSizes.Should().Equal(256, 512, 1024);
        main.Grid.WeightDecays.Should().Equal(1e-5, 1e-6, 1e-7);
        main.Grid.Epochs.Should().Be(200);
        main.Seeds.Should().Equal(0, 1, 2);
        main.MeasurementEpochs.Should().Equal(Enumerable.Range(1, 20).Select(i => i * 10));
        main.Probes![0].Should().Match<ProbeSpec>(p => p.Kind == ProbeKind.Segment && p.Count == 100 && p.Resolution == 200 && p.Split == ProbeSplit.Train);
        // 3 nets × 27 configurations × 3 seeds, counted by hand.
        SweepPlanner.Plan(ProfileLoader.Load("paper")).Runs.Count(r => r.Experiments.Contains("main")).Should().Be(243);
    }

    [Fact]
    public void A_user_profile_is_read_by_path()
    {
        var folder = Directory.CreateTempSubdirectory("rc-profile");
        try
        {
            string path = TestProfiles.Write(folder, TestProfiles.Tiny());

            var profile = ProfileLoader.Load(path);

            profile.Name.Should().Be("tiny");
            profile.Source.Should().Be(path);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Bad_json_is_one_problem_naming_the_file_and_the_path()
    {
        var act = () => ProfileLoader.Parse("""{"name": "x", "models": [{"name": "mlp", "widht": 3}]}""", "my.json");

        var problem = act.Should().Throw<ProfileException>().Which.Problems.Should().ContainSingle().Subject;
        problem.Source.Should().Be("my.json");
        problem.JsonPath.Should().Contain("models[0]");
        problem.Message.Should().Contain("widht");
    }

    [Fact]
    public void A_missing_profile_file_names_the_path()
    {
        var act = () => ProfileLoader.Load("/nowhere/p.json");

        act.Should().Throw<ProfileException>().WithMessage("/nowhere/p.json: $: no such profile file*");
    }
}
