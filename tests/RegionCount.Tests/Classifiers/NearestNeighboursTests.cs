using FluentAssertions;
using RegionCount.Classifiers;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Classifiers;

/// <summary>k-NN against answers worked out by hand on points of a line.</summary>
[Collection(TorchCollection.Name)]
public sealed class NearestNeighboursTests
{
    /// <summary>Training points 0, 1, 2, 10, 11 on a line (as 1×1×1 images) with labels 0, 0, 1, 2, 2.</summary>
    private static NearestNeighbours Line()
    {
        using var scope = NewDisposeScope();
        return new NearestNeighbours(tensor(new float[] { 0, 1, 2, 10, 11 }).reshape(5, 1, 1, 1), tensor(new long[] { 0, 0, 1, 2, 2 }), 3);
    }

    private static Tensor Points(params float[] x) => tensor(x).reshape(x.Length, 1, 1, 1);

    [Fact]
    public void Neighbours_are_the_labels_of_the_nearest_training_points_nearest_first()
    {
        using var knn = Line();
        using var points = Points(0.4f, 9f, 2.2f);

        var neighbours = knn.Neighbours(points, 3);

        // 0.4: distances 0.4 (0), 0.6 (0), 1.6 (1); 9: 1 (2), 2 (2), 7 (1); 2.2: 0.2 (1), 1.2 (0), 2.2 (0).
        neighbours.Should().BeEquivalentTo(new[] { new[] { 0, 0, 1 }, new[] { 2, 2, 1 }, new[] { 1, 0, 0 } }, o => o.WithStrictOrdering());
    }

    [Fact]
    public void A_training_point_is_its_own_nearest_neighbour()
    {
        using var knn = Line();
        using var points = Points(0, 1, 2, 10, 11);

        knn.Neighbours(points, 1).Select(n => n[0]).Should().Equal(0, 0, 1, 2, 2);
    }

    [Theory]
    [InlineData(new[] { 2, 1, 1 }, 1, 2)]
    [InlineData(new[] { 2, 1, 1 }, 3, 1)]
    [InlineData(new[] { 2, 1, 0, 0 }, 2, 1)] // 2 and 1 tie at one vote each: the smaller label
    [InlineData(new[] { 2, 1, 0, 0 }, 4, 0)]
    public void The_vote_is_the_majority_of_the_first_k_and_a_tie_goes_to_the_smaller_label(int[] neighbours, int k, int expected)
    {
        NearestNeighbours.Vote(neighbours, k, 3).Should().Be(expected);
    }

    [Fact]
    public void A_k_beyond_the_training_points_or_the_neighbours_given_is_refused()
    {
        using var knn = Line();
        using var points = Points(0);

        var act = () => knn.Neighbours(points, 6);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*1..5*");
        var vote = () => NearestNeighbours.Vote([0, 1], 3, 3);
        vote.Should().Throw<ArgumentOutOfRangeException>();
    }
}
