using FluentAssertions;
using RegionCount.Data;
using RegionCount.Execution;
using RegionCount.Experiments;
using RegionCount.Models;
using Xunit;

namespace RegionCount.Tests.Execution;

/// <summary>The names a profile may use (pure layer) and the names the engine can build agree: a model or dataset a
/// profile validates but the engine cannot create would fail only at run time, after hours of other runs.</summary>
[Collection(TorchCollection.Name)]
public sealed class KnownNamesAgreementTests
{
    [Fact]
    public void Every_model_a_profile_may_name_is_one_the_factory_builds_and_back() =>
        KnownNames.Models.Should().BeEquivalentTo(ModelFactory.Names);

    [Fact]
    public void Every_dataset_a_profile_may_name_is_one_the_catalog_loads_and_back() =>
        KnownNames.Datasets.Should().BeEquivalentTo(DatasetCatalog.Names);

    /// <summary>Every crop padding a profile may name is one the engine converts: zero to its default border (0), black to a
    /// raw 0 normalized with the run's dataset normalization (and 0 for data that is not normalized).</summary>
    [Fact]
    public void Every_crop_padding_a_profile_may_name_is_a_border_the_engine_fills()
    {
        var cifar = new NormalizationSpec { Mean = [0.5071, 0.4867, 0.4408], Std = [0.2675, 0.2565, 0.2761] };

        Enum.GetValues<CropPadding>().Should().Equal(CropPadding.Zero, CropPadding.Black);
        SpecConversions.CropFill(null, cifar).Should().BeNull();
        SpecConversions.CropFill(CropPadding.Zero, cifar).Should().BeNull();
        SpecConversions.CropFill(CropPadding.Black, cifar).Should().Equal(ChannelNormalization.Cifar100.Black);
        SpecConversions.CropFill(CropPadding.Black, null).Should().BeNull();
    }

    /// <summary>Small values of every option (so the CIFAR networks that read one build fast), and other values.</summary>
    private static readonly ModelSpecOptions Small = new() { Widths = [4], Width = 3, Channels = [2, 3], Hidden = 5, BaseWidth = 4, HeadInitStd = 0.01 };

    private static readonly ModelSpecOptions Other = new() { Widths = [6, 6], Width = 7, Channels = [5, 6], Hidden = 9, BaseWidth = 8, HeadInitStd = 0.02 };

    public static TheoryData<string> Models => new(KnownNames.ModelOptions.Keys.Order(StringComparer.Ordinal));

    /// <summary>The options a model reads (<see cref="KnownNames.ModelOptions"/>, which the validator enforces) are the
    /// ones that change the network the engine builds from the same seed: each of them changes its parameter count or
    /// its initial weights, the others together change neither.</summary>
    [Theory]
    [MemberData(nameof(Models))]
    public void The_options_a_model_reads_are_the_ones_that_change_the_network_the_engine_builds(string model)
    {
        var reads = KnownNames.ModelOptions[model];
        var baseline = Network(model, Small);

        Network(model, Change(Small, Other, name => !reads.Contains(name))).Should().Be(baseline, "{0} reads none of the other options", model);
        foreach (var option in reads)
        {
            Network(model, Change(Small, Other, name => name == option)).Should().NotBe(baseline, "{0} reads {1}", model, option);
        }
    }

    /// <summary><paramref name="from"/> with the options <paramref name="which"/> selects taken from <paramref name="to"/>.</summary>
    private static ModelSpecOptions Change(ModelSpecOptions from, ModelSpecOptions to, Func<string, bool> which) => new()
    {
        Widths = which("widths") ? to.Widths : from.Widths,
        Width = which("width") ? to.Width : from.Width,
        Channels = which("channels") ? to.Channels : from.Channels,
        Hidden = which("hidden") ? to.Hidden : from.Hidden,
        BaseWidth = which("baseWidth") ? to.BaseWidth : from.BaseWidth,
        HeadInitStd = which("headInitStd") ? to.HeadInitStd : from.HeadInitStd,
    };

    /// <summary>The parameter count and the sum of squares of every initial weight (seed 0), as text.</summary>
    private static string Network(string model, ModelSpecOptions options)
    {
        using var network = ModelFactory.Create(model, InputShape.Cifar, 10, SpecConversions.Model(new ModelSpec { Name = model, Options = options }, seed: 0));
        using var scope = TorchSharp.torch.NewDisposeScope();
        long count = network.parameters().Sum(p => p.numel());
        double squares = network.parameters().Sum(p => p.detach().to(TorchSharp.torch.float64).pow(2).sum().item<double>());
        return FormattableString.Invariant($"{count} parameters, sum of squares {squares:R}");
    }
}
