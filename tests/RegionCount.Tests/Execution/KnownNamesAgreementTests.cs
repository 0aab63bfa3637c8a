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

    /// <summary>Small values of every option (so the CIFAR networks that read one build fast), and other values.</summary>
    private static readonly ModelSpecOptions Small = new() { Widths = [4], Width = 3, Channels = [2, 3], Hidden = 5, BaseWidth = 4 };

    private static readonly ModelSpecOptions Other = new() { Widths = [6, 6], Width = 7, Channels = [5, 6], Hidden = 9, BaseWidth = 8 };

    public static TheoryData<string> Models => new(KnownNames.ModelOptions.Keys.Order(StringComparer.Ordinal));

    /// <summary>The options a model reads (<see cref="KnownNames.ModelOptions"/>, which the validator enforces) are the
    /// ones that change the network the engine builds: each of them changes its parameter count, the others together
    /// change nothing.</summary>
    [Theory]
    [MemberData(nameof(Models))]
    public void The_options_a_model_reads_are_the_ones_that_change_the_network_the_engine_builds(string model)
    {
        var reads = KnownNames.ModelOptions[model];
        long baseline = Parameters(model, Small);

        Parameters(model, Change(Small, Other, name => !reads.Contains(name))).Should().Be(baseline, "{0} reads none of the other options", model);
        foreach (var option in reads)
        {
            Parameters(model, Change(Small, Other, name => name == option)).Should().NotBe(baseline, "{0} reads {1}", model, option);
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
    };

    private static long Parameters(string model, ModelSpecOptions options)
    {
        using var network = ModelFactory.Create(model, InputShape.Cifar, 10, SpecConversions.Model(new ModelSpec { Name = model, Options = options }, seed: 0));
        return network.parameters().Sum(p => p.numel());
    }
}
