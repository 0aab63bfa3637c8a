using FluentAssertions;
using RegionCount.Theory;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Theory;

[Collection(TorchCollection.Name)]
public sealed class ToyMapsTests : SingleThreaded
{
    [Fact]
    public void Without_training_every_rate_gives_the_same_map()
    {
        var maps = ToyMaps.Compute(CPU, [1, 0.1], steps: 0, gridSize: 21);

        maps.Should().HaveCount(2);
        maps[0].Labels.Should().BeEquivalentTo(maps[1].Labels);
        maps[0].Axis.Should().HaveCount(21).And.StartWith(-2.0).And.EndWith(2.0);
    }

    [Fact]
    public void A_moderate_rate_fits_the_three_points_and_is_deterministic()
    {
        var a = ToyMaps.Compute(CPU, [1], steps: 500, seed: 0, gridSize: 41);
        var b = ToyMaps.Compute(CPU, [1], steps: 500, seed: 0, gridSize: 41);

        a[0].Labels.Should().BeEquivalentTo(b[0].Labels);
        a[0].Regions.Should().Be(GridRegions.Count(a[0].Labels)).And.Be(b[0].Regions);
        a[0].TrainCorrect.Should().Be(3);
    }
}
