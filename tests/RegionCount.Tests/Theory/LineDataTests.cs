using FluentAssertions;
using RegionCount.Theory;
using Xunit;

namespace RegionCount.Tests.Theory;

public sealed class LineDataTests
{
    [Fact]
    public void Labels_alternate_in_blocks_on_evenly_spaced_points()
    {
        var line = LineData.Create(6, 2, 1, 0, seed: 0);

        line.T.Should().Equal([-1, -0.6, -0.2, 0.2, 0.6, 1], (a, b) => Math.Abs(a - b) < 1e-12);
        line.Labels.Should().Equal(1, 1, -1, -1, 1, 1);
    }

    [Fact]
    public void The_embedding_is_an_isometry_with_an_orthogonal_offset()
    {
        var line = LineData.Create(5, 1, 6, 0.5, seed: 3);
        var u = line.Direction;
        var c = line.Offset;

        u.Sum(v => v * v).Should().BeApproximately(1, 1e-12);
        c.Sum(v => v * v).Should().BeApproximately(0.25, 1e-12);
        u.Zip(c, (a, b) => a * b).Sum().Should().BeApproximately(0, 1e-12);
    }

    [Fact]
    public void Rejects_an_offset_in_one_dimension()
    {
        var act = () => LineData.Create(5, 1, 1, 0.5, seed: 3);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("line data: *");
    }
}
