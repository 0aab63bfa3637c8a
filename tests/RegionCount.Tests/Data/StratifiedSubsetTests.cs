using FluentAssertions;
using RegionCount.Data;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Data;

public sealed class StratifiedSubsetTests
{
    // 100 labels: class 0 ×50, class 1 ×30, class 2 ×20, interleaved.
    private static readonly long[] Labels = [.. Enumerable.Range(0, 100).Select(i => i % 10 < 5 ? 0L : i % 10 < 8 ? 1L : 2L)];

    [Theory]
    [InlineData(10, 5, 3, 2)]
    [InlineData(50, 25, 15, 10)]
    [InlineData(7, 4, 2, 1)] // exact shares 3.5, 2.1, 1.4: floors 3, 2, 1, the one left goes to the largest remainder (class 0)
    public void Each_class_gets_its_proportional_share(int size, int c0, int c1, int c2)
    {
        var indices = StratifiedSubset.Indices(Labels, size, seed: 1);

        indices.Should().HaveCount(size).And.OnlyHaveUniqueItems().And.BeInAscendingOrder();
        var picked = indices.Select(i => Labels[i]).ToArray();
        new[] { picked.Count(l => l == 0), picked.Count(l => l == 1), picked.Count(l => l == 2) }.Should().Equal(c0, c1, c2);
    }

    [Fact]
    public void Deterministic_by_seed()
    {
        StratifiedSubset.Indices(Labels, 30, 4).Should().Equal(StratifiedSubset.Indices(Labels, 30, 4));
        StratifiedSubset.Indices(Labels, 30, 4).Should().NotEqual(StratifiedSubset.Indices(Labels, 30, 5));
    }

    [Fact]
    public void Larger_than_the_dataset_is_an_error()
    {
        var act = () => StratifiedSubset.Indices(Labels, 101, 0);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("subset size must lie in [0, 100]*");
    }

    [Fact]
    public void Take_keeps_images_with_their_labels()
    {
        // Image i is filled with the value i, so each kept image tells which example it came from.
        using var data = new ImageDataset("t", arange(100f).reshape(100, 1, 1, 1), tensor(Labels), 3);

        using var subset = StratifiedSubset.Take(data, 20, seed: 2);

        var origins = subset.Images.flatten().data<float>().ToArray().Select(v => (int)v).ToArray();
        origins.Should().Equal(StratifiedSubset.Indices(Labels, 20, 2));
        subset.Labels.data<long>().ToArray().Should().Equal(origins.Select(i => Labels[i]));
    }
}
