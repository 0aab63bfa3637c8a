using FluentAssertions;
using RegionCount.Data;
using RegionCount.Execution;
using RegionCount.Experiments;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Assembly;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Execution;

/// <summary>The paper profile opts into the authors' settings (black crop border, the CIFAR-100 head, C6 against d(W) and
/// γ/d(W)) and reaches the engine with them; the profiles with committed records keep the defaults they were run with.</summary>
public sealed class AuthorsSettingsTests
{
    private static IEnumerable<RunSpec> Training(string profile) =>
        SweepPlanner.Plan(ProfileLoader.Load(profile)).Runs.Where(r => r.Config.Study is null);

    [Fact]
    public void Every_paper_crop_is_bordered_black_and_every_cifar100_network_gets_the_authors_head()
    {
        var runs = Training("paper").ToList();

        foreach (var run in runs)
        {
            var config = run.Config;
            // ImageNet's crop-flip is RandomResizedCrop, which has no border: cropPadding does not apply to it.
            bool crop = config.Hyperparameters.Augmentation == AugmentationKind.CropFlip && config.Dataset.Name != "imagenet";
            bool cifar100 = config.Dataset.Name == "cifar100";
            // The ViT (C17) reads CIFAR-10 with its own code's normalization (dataset id cifar10-vit): a black pixel of that.
            bool vit = config.Model.Name == "vit";
            var black = cifar100 ? ChannelNormalization.Cifar100.Black
                : vit ? new ChannelNormalization([0.4914f, 0.4822f, 0.4465f], [0.2470f, 0.2435f, 0.2616f]).Black
                : ChannelNormalization.Cifar10.Black;

            config.Hyperparameters.CropPadding.Should().Be(crop ? CropPadding.Black : null, run.Label);
            var fill = SpecConversions.Training(config, CPU, null).CropFill;
            if (crop)
            {
                fill.Should().Equal(black, run.Label);
                // Endpoints drawn from the augmented training set are bordered as the run's training crops are.
                config.Probes.Where(p => p.Split == ProbeSplit.AugmentedTrain).Select(p => SpecConversions.Probe(p, fill).EndpointFill)
                    .All(f => f != null && f.SequenceEqual(black)).Should().BeTrue(run.Label);
            }
            else
            {
                fill.Should().BeNull(run.Label);
            }
            SpecConversions.Model(config.Model, config.Seed).HeadInitStd.Should().Be(cifar100 ? 0.01 : null, run.Label);
        }
        runs.Should().Contain(r => r.Config.Model.Name == "vit" && r.Config.Probes.All(p => p.Split == ProbeSplit.AugmentedTrain));
        runs.Should().Contain(r => r.Config.Dataset.Name == "cifar100")
            .And.Contain(r => r.Config.Dataset.Name == "cifar10" && r.Config.Hyperparameters.Augmentation == AugmentationKind.CropFlip);
    }

    [Theory]
    [InlineData("smoke")]
    [InlineData("cpu")]
    [InlineData("cifar-cpu")]
    public void The_profiles_with_committed_records_keep_the_zero_border_the_default_head_and_the_default_measures(string profile)
    {
        var runs = Training(profile).ToList();

        runs.Select(r => (r.Config.Hyperparameters.CropPadding, r.Config.Model.Options?.HeadInitStd)).Distinct().Should().Equal([(null, null)]);
        ParamMeasureClaim.SectionThree.For(runs.Select(r => ClaimRunMapper.Map(r, "main", null)))
            .Should().Equal("distance-from-init", "margin", "distance-normalized-margin");
    }

    [Fact]
    public void The_paper_judges_c6_by_the_authors_d_w_gamma_and_gamma_over_d_w_and_c7_by_the_norm_based_measures()
    {
        var runs = Training("paper").Where(r => r.Experiments.Contains("param-measures"))
            .Select(r => ClaimRunMapper.Map(r, "param-measures", null)).ToList();

        runs.Should().NotBeEmpty();
        ParamMeasureClaim.SectionThree.For(runs).Should().Equal("weight-distance-from-init", "margin", "weight-distance-normalized-margin");
        ParamMeasureClaim.Further.For(runs).Should().Equal("normalized-margin", "frobenius-normalized-margin",
            "log-frobenius-norm-product", "log-spectral-norm-product");
    }
}
