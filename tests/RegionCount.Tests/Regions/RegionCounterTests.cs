using FluentAssertions;
using RegionCount.Regions;
using Xunit;

namespace RegionCount.Tests.Regions;

/// <summary>Hand-made label grids whose counts are worked out by hand in each comment.</summary>
public sealed class RegionCounterTests
{
    [Theory]
    [InlineData(new[] { 0 }, 1)]
    [InlineData(new[] { 3, 3, 3, 3 }, 1)]
    [InlineData(new[] { 0, 0, 1, 1, 0 }, 3)]
    [InlineData(new[] { 0, 1, 0, 1, 0, 1 }, 6)]
    [InlineData(new[] { 2, 2, 5, 7, 7, 5 }, 4)]
    public void One_dimensional_count_is_one_plus_label_changes(int[] labels, int expected)
    {
        RegionCounter.Count(labels, [labels.Length], Connectivity.Face).Total.Should().Be(expected);
        RegionCounter.Count(labels, [labels.Length], Connectivity.Full).Total.Should().Be(expected);
    }

    [Fact]
    public void Per_class_counts_list_regions_per_label()
    {
        // 0 0 1 1 0 2 : label 0 twice, label 1 once, label 2 once.
        var count = RegionCounter.Count([0, 0, 1, 1, 0, 2], [6], Connectivity.Face);
        count.PerClass.Should().Equal(new Dictionary<int, int> { [0] = 2, [1] = 1, [2] = 1 });
    }

    [Fact]
    public void Diagonal_touch_joins_under_8_connectivity_only()
    {
        // 0 1 / 1 0 : the two 0s and the two 1s touch only at a corner.
        int[] labels = [0, 1, 1, 0];
        RegionCounter.Count(labels, [2, 2], Connectivity.Full).Total.Should().Be(2);
        RegionCounter.Count(labels, [2, 2], Connectivity.Face).Total.Should().Be(4);
    }

    [Fact]
    public void Masked_cells_belong_to_no_region()
    {
        // 0 -1 / -1 0 : only the two 0s count; they touch at a corner.
        int[] labels = [0, -1, -1, 0];
        RegionCounter.Count(labels, [2, 2], Connectivity.Full).Total.Should().Be(1);
        RegionCounter.Count(labels, [2, 2], Connectivity.Face).Total.Should().Be(2);
        RegionCounter.Count(labels, [2, 2], Connectivity.Face).PerClass.Keys.Should().Equal(0);
        // A masked cell does not bridge: 0 -1 0 is two regions.
        RegionCounter.Count([0, -1, 0], [3], Connectivity.Full).Total.Should().Be(2);
    }

    [Fact]
    public void Checkerboard_is_two_regions_with_diagonals_and_all_cells_without()
    {
        var labels = new int[16];
        for (int i = 0; i < 4; i++)
        {
            for (int j = 0; j < 4; j++)
            {
                labels[(i * 4) + j] = (i + j) % 2;
            }
        }
        RegionCounter.Count(labels, [4, 4], Connectivity.Full).Total.Should().Be(2);
        RegionCounter.Count(labels, [4, 4], Connectivity.Face).Total.Should().Be(16);
    }

    [Fact]
    public void Three_dimensional_face_connectivity_does_not_join_edge_neighbours()
    {
        // 2×2×2 cube, label 1 at (0,0,0) and (1,1,0) (they share an edge only), label 0 elsewhere (the six other
        // cells form one face-connected ring). Face: 2 + 1 = 3 regions; Full: 1 + 1 = 2.
        var labels = new int[8];
        labels[0] = 1; // (0,0,0)
        labels[(1 * 4) + (1 * 2) + 0] = 1; // (1,1,0)
        RegionCounter.Count(labels, [2, 2, 2], Connectivity.Face).Total.Should().Be(3);
        RegionCounter.Count(labels, [2, 2, 2], Connectivity.Face).PerClass[1].Should().Be(2);
        RegionCounter.Count(labels, [2, 2, 2], Connectivity.Full).Total.Should().Be(2);
    }

    [Fact]
    public void A_label_array_that_does_not_fit_the_shape_is_rejected()
    {
        var act = () => RegionCounter.Count([0, 1, 2], [2, 2], Connectivity.Face);
        act.Should().Throw<ArgumentException>().WithMessage("*3 labels*4 cells*");
    }
}
