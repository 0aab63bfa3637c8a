using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

public sealed class BatchOrderTests
{
    [Fact]
    public void An_epoch_visits_every_index_once()
    {
        var batches = BatchOrder.For(10, 4, seed: 1, epoch: 0);

        batches.Select(b => b.Length).Should().Equal(4, 4, 2);
        batches.SelectMany(b => b).Should().BeEquivalentTo(Enumerable.Range(0, 10));
    }

    [Fact]
    public void Drop_last_drops_the_short_batch_only()
    {
        BatchOrder.For(10, 4, 1, 0, dropLast: true).Select(b => b.Length).Should().Equal(4, 4);
        BatchOrder.For(8, 4, 1, 0, dropLast: true).Select(b => b.Length).Should().Equal(4, 4);
    }

    [Fact]
    public void Order_depends_on_seed_and_epoch_only()
    {
        var a = BatchOrder.For(50, 50, 3, 2).Single();

        BatchOrder.For(50, 50, 3, 2).Single().Should().Equal(a);
        BatchOrder.For(50, 50, 3, 1).Single().Should().NotEqual(a);
        BatchOrder.For(50, 50, 4, 2).Single().Should().NotEqual(a);
        a.Should().NotEqual(Enumerable.Range(0, 50));
    }

    [Fact]
    public void No_shuffle_keeps_the_natural_order()
    {
        BatchOrder.For(5, 2, 9, 9, shuffle: false).SelectMany(b => b).Should().Equal(0, 1, 2, 3, 4);
    }
}
