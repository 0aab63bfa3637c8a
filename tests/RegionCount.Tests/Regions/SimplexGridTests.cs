using FluentAssertions;
using RegionCount.Regions;
using Xunit;

namespace RegionCount.Tests.Regions;

[Collection(TorchCollection.Name)]
public sealed class SimplexGridTests
{
    [Theory]
    [InlineData(2, 10)]
    [InlineData(2, 5)]
    [InlineData(3, 5)]
    [InlineData(4, 5)]
    [InlineData(5, 5)]
    public void Kept_points_match_the_number_of_compositions(int k, int n)
    {
        // Grid points with Σiᵢ ≤ n−1, iᵢ ≥ 0: C(n−1+k, k) by stars and bars (55 for k = 2, n = 10).
        var grid = ProbeSet.SimplexGrid(k, n);
        grid.Cells.Length.Should().Be((int)Binomial(n - 1 + k, k));
        using var weights = grid.Weights;
        weights.shape.Should().Equal(grid.Cells.Length, k + 1);
        var w = weights.data<double>().ToArray();
        for (int i = 0; i < grid.Cells.Length; i++)
        {
            var row = w.AsSpan(i * (k + 1), k + 1).ToArray();
            row.Should().OnlyContain(x => x >= 0);
            row.Sum().Should().BeApproximately(1.0, 1e-12);
        }
    }

    [Fact]
    public void Ten_values_per_axis_keep_55_of_100_points()
    {
        ProbeSet.SimplexGrid(2, 10).Cells.Length.Should().Be(55);
    }

    private static long Binomial(int n, int k)
    {
        long r = 1;
        for (int i = 1; i <= k; i++)
        {
            r = r * (n - k + i) / i;
        }
        return r;
    }
}
