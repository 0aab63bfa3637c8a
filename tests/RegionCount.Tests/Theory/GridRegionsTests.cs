using FluentAssertions;
using RegionCount.Theory;
using Xunit;

namespace RegionCount.Tests.Theory;

public sealed class GridRegionsTests
{
    [Fact]
    public void Diagonal_neighbours_are_not_connected()
    {
        // A checkerboard 2×2: with 4-connectivity every cell is its own region.
        GridRegions.Count(new[,] { { 0, 1 }, { 1, 0 } }).Should().Be(4);
    }

    [Fact]
    public void Counts_a_band_and_an_island()
    {
        var grid = new[,]
        {
            { 0, 0, 0, 0, 0 },
            { 1, 1, 1, 1, 1 },
            { 0, 0, 0, 0, 0 },
            { 0, 0, 1, 0, 0 },
            { 0, 0, 0, 0, 0 },
        };

        GridRegions.Count(grid).Should().Be(4);
        GridRegions.Count(new int[3, 3]).Should().Be(1);
    }

    [Fact]
    public void Negative_values_are_labels_too()
    {
        // Unlike RegionCounter's masked cells: -1 -1 / 0 -1 is two regions, and -1 0 -1 a row of three.
        GridRegions.Count(new[,] { { -1, -1 }, { 0, -1 } }).Should().Be(2);
        GridRegions.Count(new[,] { { -1, 0, -1 } }).Should().Be(3);
        GridRegions.Count(new int[0, 4]).Should().Be(0);
    }
}
