using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

/// <summary>Pins derived seeds bit for bit: the data subsets, test splits and label noise of every committed run record
/// were drawn from them. Expected values come from an independent SplitMix64 (Python, 64-bit wrap-around).</summary>
public sealed class SeedMixTests
{
    [Theory]
    [InlineData(0, 0, 2065550767)]
    [InlineData(0, 1, 151149761)]
    [InlineData(0, 2, 479680206)]
    [InlineData(1, 1, 2103022959)]
    [InlineData(42, 2, 1668893304)]
    [InlineData(-1, 7, 1083505621)]
    [InlineData(2147483647, 2147483647, 926182257)]
    [InlineData(-2147483648, 1, 1019075114)]
    public void Combine_derives_the_recorded_child_seeds(int seed, int stream, int expected) =>
        SeedMix.Combine(seed, stream).Should().Be(expected);
}
