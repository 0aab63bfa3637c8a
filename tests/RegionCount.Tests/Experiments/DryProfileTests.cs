using System.Text.Json.Nodes;
using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Experiments;

/// <summary>The paper-dry profile is the paper profile cut in size, nothing dropped (<see cref="DryProfile"/>).</summary>
public sealed class DryProfileTests
{
    private static readonly Profile Paper = ProfileLoader.Load(DryProfile.SourceProfile);

    private static readonly Profile Dry = ClaimCatalog.LoadProfile(DryProfile.Name);

    [Fact]
    public void It_is_a_built_in_profile_derived_from_paper_that_validates_and_plans()
    {
        ProfileLoader.BuiltInNames.Should().Contain(DryProfile.Name);
        Dry.Name.Should().Be("paper-dry");
        Dry.Source.Should().Be("builtin:paper-dry");
        Dry.Design.Should().StartWith(Paper.Design!).And.HaveCount(Paper.Design!.Count + 1);
        ProfileValidator.Validate(Dry).Should().BeEmpty();
        SweepPlanner.Plan(Dry).Runs.Should().NotBeEmpty();
    }

    public static TheoryData<string> Aspects => new(["experiment", "experiment kind", "network", "dataset", "probe kind", "optimizer",
        "augmentation", "mixup alpha", "parameter measure", "study kind", "claim", "claim experiment"]);

    [Theory]
    [MemberData(nameof(Aspects))]
    public void Everything_the_paper_profile_runs_the_dry_profile_runs(string aspect)
    {
        Of(Dry, aspect).Should().BeEquivalentTo(Of(Paper, aspect), $"every {aspect} of paper.json is in paper-dry");
        Of(Paper, aspect).Should().NotBeEmpty();
    }

    /// <summary>The values of one aspect a profile's plan covers (from the planned runs, so nothing counts that is
    /// named but never run), each with the experiment it belongs to.</summary>
    private static HashSet<string> Of(Profile profile, string aspect)
    {
        var plan = SweepPlanner.Plan(profile).Runs;
        var kinds = profile.Experiments!.ToDictionary(e => e.Id!, e => e.Kind!);
        IEnumerable<string> values = aspect switch
        {
            "experiment" => plan.SelectMany(r => r.Experiments),
            "experiment kind" => plan.SelectMany(r => r.Experiments.Select(e => kinds[e])),
            "network" => plan.SelectMany(r => r.Experiments.Select(e => $"{e}: {r.Config.Model.Name} {Show(r.Config.Model.Options)}")),
            "dataset" => plan.SelectMany(r => r.Experiments.Select(e => $"{e}: {r.Config.Dataset.Name}")),
            "probe kind" => plan.SelectMany(r => r.Experiments.SelectMany(e => r.Config.Probes.Select(p =>
                $"{e}: {p.Kind} {p.Dimension} {p.Split} {string.Join("-", p.Interval ?? [])} {p.RayLength} {p.Exact} {p.PointsPerForward}"))),
            "optimizer" => plan.SelectMany(r => r.Experiments.Select(e => $"{e}: {r.Config.Hyperparameters.Optimizer} {r.Config.Hyperparameters.Momentum} {r.Config.Hyperparameters.Schedule}")),
            "augmentation" => plan.SelectMany(r => r.Experiments.Select(e => $"{e}: {r.Config.Hyperparameters.Augmentation}")),
            "mixup alpha" => plan.SelectMany(r => r.Experiments.Select(e => $"{e}: {r.Config.Hyperparameters.MixupAlpha}")),
            "parameter measure" => plan.SelectMany(r => r.Experiments.SelectMany(e => (r.Config.Measures ?? []).Select(m => $"{e}: {m}"))),
            "study kind" => plan.SelectMany(r => r.Experiments.Select(e => $"{e}: {r.Config.Study?.Kind}")).Where(s => !s.EndsWith(": ", StringComparison.Ordinal)),
            "claim" => profile.Claims!.Keys,
            "claim experiment" => profile.Claims!.SelectMany(c => (c.Value.Experiments ?? []).Select(e => $"{c.Key}: {e}")),
            _ => throw new ArgumentException(aspect),
        };
        return values.ToHashSet(StringComparer.Ordinal);
    }

    private static string Show(ModelSpecOptions? options) => options is null ? "" : string.Join(",", options.Widths ?? []) + $"/{options.BaseWidth}";

    [Fact]
    public void Sizes_are_cut_to_a_pipeline_check()
    {
        Dry.Datasets.Should().OnlyContain(d => d.TrainSize <= DryProfile.Sizes.Train && d.TestSize <= DryProfile.Sizes.Test);
        foreach (var e in Dry.Experiments!)
        {
            (e.Seeds ?? [0]).Should().HaveCount(1, e.Id);
            (e.Probes ?? []).Where(p => p.Count > DryProfile.Sizes.ProbeCount || p.Resolution > DryProfile.Sizes.LineResolution).Should().BeEmpty(e.Id);
            if (e.Grid is { } g)
            {
                g.Epochs.Should().Be(DryProfile.Sizes.Epochs, e.Id);
                e.MeasurementEpochs.Should().OnlyContain(m => m >= 0 && m <= DryProfile.Sizes.Epochs, e.Id);
                g.LearningRates!.Count.Should().BeLessThanOrEqualTo(2, e.Id);
                g.BatchSizes!.Count.Should().BeLessThanOrEqualTo(2, e.Id);
                g.WeightDecays!.Count.Should().BeLessThanOrEqualTo(2, e.Id);
            }
        }
        var paper = Paper.Experiments!.ToDictionary(e => e.Id!);
        foreach (var e in Dry.Experiments!.Where(e => e.Grid is not null))
        {
            var (g, source) = (e.Grid!, paper[e.Id!].Grid!);
            // The axis an experiment's kind sweeps keeps its two extremes (C3's lr-sweep and C19's large-lr: 0.1 and 0.5);
            // every other numeric axis its first value.
            g.LearningRates.Should().Equal(e.Kind == "lr-sweep" ? new[] { source.LearningRates![0], source.LearningRates![^1] } : new[] { source.LearningRates![0] }, e.Id);
            g.BatchSizes.Should().Equal(e.Kind == "batch-sweep" ? new[] { source.BatchSizes![0], source.BatchSizes![^1] } : new[] { source.BatchSizes![0] }, e.Id);
            g.WeightDecays.Should().Equal(e.Kind == "wd-sweep" ? new[] { source.WeightDecays![0], source.WeightDecays![^1] } : new[] { source.WeightDecays![0] }, e.Id);
        }
        Dry.Experiments!.Where(e => e.Kind is "lr-sweep" or "batch-sweep" or "wd-sweep").Select(e => e.Id).Should()
            .BeEquivalentTo(["lr-sweep", "batch-sweep", "figure1", "wd-sweep", "large-lr"]);
        var stability = Dry.Experiments!.Single(e => e.Kind == "stability").Study!;
        stability.Seeds.Should().HaveCount(DryProfile.Sizes.StabilitySeeds);
        stability.MaxSteps.Should().Be(DryProfile.Sizes.StabilitySteps);
        stability.GradientTolerance.Should().Be(DryProfile.Sizes.StabilityGradientTolerance);
        stability.Kappas.Should().Equal(paper["stability"].Study!.Kappas!, "only sizes are cut");
    }

    [Fact]
    public void The_vision_transformer_keeps_its_schedule_floor_and_augmented_endpoints_and_its_warmup_shrinks_to_zero()
    {
        var paper = Paper.Experiments!.Single(e => e.Id == "vit");
        var dry = Dry.Experiments!.Single(e => e.Id == "vit");

        paper.Grid!.WarmupEpochs.Should().Be(5);
        dry.Grid!.Schedule.Should().Be(ScheduleKind.WarmupCosine);
        dry.Grid.WarmupEpochs.Should().Be(0, "5 of 200 epochs is 0 of 1, rounded down, so the one epoch trains at the initial rate");
        dry.Grid.MinLearningRate.Should().Be(paper.Grid.MinLearningRate);
        dry.Grid.LearningRates.Should().Equal(1e-5);
        dry.Probes!.Should().OnlyContain(p => p.Split == ProbeSplit.AugmentedTrain);
        Dry.Experiments!.Single(e => e.Id == "vit-lr-1e-3").Grid!.LearningRates.Should().Equal(1e-3);
        SweepPlanner.Plan(Dry).Runs.Where(r => r.Config.Model.Name == "vit").Should().HaveCount(2, "one run per experiment: the dry run's added time");
    }

    [Theory]
    [InlineData(5, 200, 0)]
    [InlineData(0, 200, 0)]
    [InlineData(199, 200, 0)]
    public void A_warmup_maps_to_the_same_fraction_rounded_down_and_stays_below_the_one_epoch(int warmup, int from, int expected)
    {
        DryProfile.MapWarmup(warmup, from).Should().Be(expected);
    }

    [Fact]
    public void Imagenet_keeps_its_network_grid_and_augmentation_at_fewer_images_than_the_cifar_sets()
    {
        var imagenet = Dry.Datasets!.Single(d => d.Name == "imagenet");
        imagenet.TrainSize.Should().Be(DryProfile.Sizes.LargeInputTrain);
        imagenet.TestSize.Should().Be(DryProfile.Sizes.LargeInputTest);
        imagenet.Normalization.Should().BeEquivalentTo(Paper.Datasets!.Single(d => d.Name == "imagenet").Normalization);
        Dry.Datasets!.Single(d => (d.Id ?? d.Name) == "cifar10").TrainSize.Should().Be(DryProfile.Sizes.Train);
        var experiment = Dry.Experiments!.Single(e => e.Id == "imagenet");
        experiment.Models.Should().Equal("resnet18-imagenet");
        experiment.Grid!.Augmentations.Should().Equal(AugmentationKind.CropFlip);
        Dry.Design![^1].Should().Contain(FormattableString.Invariant($"{DryProfile.Sizes.LargeInputTrain} and {DryProfile.Sizes.LargeInputTest} for ImageNet"));
    }

    [Fact]
    public void Every_claim_is_recorded_and_an_epoch_threshold_is_mapped_like_the_measurement_epochs()
    {
        Dry.Claims!.Values.Should().OnlyContain(c => c.Expectation == "recorded" && c.Note!.StartsWith("paper-dry: recorded", StringComparison.Ordinal));
        Paper.Claims!["C18"].Thresholds!["earlyEpoch"].Should().Be(60);
        Dry.Claims!["C18"].Thresholds!["earlyEpoch"].Should().Be(1);
        Dry.Claims!["C1"].Thresholds.Should().Equal(Paper.Claims!["C1"].Thresholds!);
    }

    [Theory]
    [InlineData(0, 200, 0)]
    [InlineData(10, 200, 1)]
    [InlineData(60, 200, 1)]
    [InlineData(200, 200, 1)]
    [InlineData(1, 1, 1)]
    public void Epochs_map_to_the_same_fraction_of_the_shortened_training_never_before_epoch_1(int epoch, int from, int expected)
    {
        DryProfile.MapEpoch(epoch, from).Should().Be(expected);
    }

    [Fact]
    public void Every_experiment_kind_the_harness_knows_has_a_derivation_rule()
    {
        DryProfile.KnownKinds.Should().BeEquivalentTo(KnownNames.ExperimentKinds,
            "a new experiment kind needs its rule in DryProfile (which grid axis it sweeps), or paper-dry cannot derive it");
    }

    [Fact]
    public void An_experiment_the_derivation_does_not_know_fails_with_its_id_and_kind_never_skipped()
    {
        var json = JsonNode.Parse(ProfileLoader.ReadBuiltIn(DryProfile.SourceProfile))!.AsObject();
        var extra = json["experiments"]![0]!.DeepClone().AsObject();
        extra["id"] = "c16";
        extra["kind"] = "weight-decay-sweep";
        json["experiments"]!.AsArray().Add(extra);
        var paper = ProfileLoader.Parse(json.ToJsonString(), "builtin:paper");

        var act = () => DryProfile.Derive(paper);

        act.Should().Throw<ProfileException>().Which.Problems.Should().ContainSingle().Which.Should().Be(new ProfileProblem(
            "builtin:paper-dry", $"$.experiments[{json["experiments"]!.AsArray().Count - 1}].kind",
            "experiment 'c16' of builtin:paper has kind 'weight-decay-sweep', which the paper-dry derivation does not know " +
            $"(known: {string.Join(", ", DryProfile.KnownKinds.Order(StringComparer.Ordinal))}); add its rule to DryProfile"));
    }
}
