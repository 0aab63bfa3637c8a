using FluentAssertions;
using RegionCount.Training;
using Xunit;

namespace RegionCount.Tests.Training;

/// <summary>Pins the per-epoch stream seeds bit for bit: data order, augmentation, mixup and the global torch seed of
/// every committed run record were drawn from them. Expected values come from an independent SplitMix64 (Python).</summary>
public sealed class SeedStreamsTests
{
    [Theory]
    [InlineData(0L, 0, 1, 4125623773003361278UL)]
    [InlineData(0L, 1, 1, 6579982475863531725UL)]
    [InlineData(0L, 0, 4, 13534201495100246931UL)]
    [InlineData(42L, 249, 2, 1354244366724104264UL)]
    [InlineData(42L, 250, 3, 13545362008693997755UL)]
    [InlineData(-7L, 3, 4, 1560413972723575264UL)]
    [InlineData(9223372036854775807L, 0, 1, 12923031470883211617UL)]
    public void Derive_gives_the_recorded_stream_seeds(long seed, int epoch, int stream, ulong expected) =>
        SeedStreams.Derive(seed, epoch, stream).Should().Be(expected);

    [Fact]
    public void The_stream_numbers_are_the_recorded_ones()
    {
        new[] { SeedStreams.Order, SeedStreams.Augmentation, SeedStreams.Mixup, SeedStreams.Global }.Should().Equal(1, 2, 3, 4);
    }
}
