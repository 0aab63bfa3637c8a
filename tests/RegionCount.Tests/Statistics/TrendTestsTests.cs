using FluentAssertions;
using RegionCount.Statistics;
using Xunit;

namespace RegionCount.Tests.Statistics;

public sealed class TrendTestsTests
{
    [Fact]
    public void Jonckheere_of_perfectly_increasing_groups_is_hand_derivable()
    {
        // Groups {1,2}, {3,4}, {5,6}: J = 4 + 4 + 4 = 12 (every between-group pair increases).
        // E J = (N² − Σnᵢ²)/4 = (36 − 12)/4 = 6; Var J = (N²(2N+3) − Σnᵢ²(2nᵢ+3))/72 = (540 − 84)/72 = 6.3333;
        // z = 6/√6.3333 = 2.3842.
        IReadOnlyList<double>[] groups = [[1, 2], [3, 4], [5, 6]];

        var result = TrendTests.JonckheereTerpstra(groups, Alternative.Greater);

        result.Estimate.Should().Be(12);
        result.Statistic.Should().BeApproximately(6 / Math.Sqrt(456.0 / 72), 1e-12);
        result.PValue.Should().BeApproximately(Normal.UpperTail(6 / Math.Sqrt(456.0 / 72)), 1e-15);
        TrendTests.JonckheereTerpstra(groups, Alternative.Less).PValue.Should().BeGreaterThan(0.99);
    }

    [Fact]
    public void Jonckheere_permutation_p_approaches_the_exact_one_over_90()
    {
        // Exact null: 6!/(2!2!2!) = 90 equally likely splits; only one reaches J = 12, so P(J ≥ 12) = 1/90.
        IReadOnlyList<double>[] groups = [[1, 2], [3, 4], [5, 6]];

        var result = TrendTests.JonckheerePermutation(groups, 20_000, seed: 1, Alternative.Greater);

        result.PValue.Should().BeApproximately(1.0 / 90, 0.003);
    }

    [Fact]
    public void Jonckheere_with_ties_equals_kendall_s_against_the_group_index()
    {
        // Identity: J − E J = S/2, where S is Kendall's S between the values and the group index, and the
        // Hollander–Wolfe tie-corrected Var J equals Var S / 4 (Kendall 1970 with ties in both variables).
        // So both z's must agree; values have ties within and across groups.
        IReadOnlyList<double>[] groups = [[2.7, 2.8, 2.7], [2.8, 2.9, 2.7], [3.0, 2.9, 3.1], [3.0, 3.3, 3.1]];
        var values = groups.SelectMany(g => g).ToArray();
        var level = groups.SelectMany((g, k) => g.Select(_ => (double)k)).ToArray();

        var jt = TrendTests.JonckheereTerpstra(groups, Alternative.Greater);
        var kendall = Correlation.KendallTauB(level, values, Alternative.Greater);

        jt.Statistic.Should().BeApproximately(kendall.Statistic, 1e-12);
        jt.PValue.Should().BeApproximately(kendall.PValue, 1e-12);
    }

    [Fact]
    public void Jonckheere_permutation_agrees_with_the_normal_approximation_for_moderate_n()
    {
        // 5 levels × 6 observations with a weak decreasing trend; tolerance 0.02 absolute (B = 4000).
        var random = new Random(3);
        var groups = Enumerable.Range(0, 5)
            .Select(k => (IReadOnlyList<double>)Enumerable.Range(0, 6).Select(_ => random.NextDouble() - (0.06 * k)).ToArray())
            .ToArray();

        var approx = TrendTests.JonckheereTerpstra(groups, Alternative.Less).PValue;
        var perm = TrendTests.JonckheerePermutation(groups, 4000, seed: 2, Alternative.Less).PValue;

        approx.Should().BeInRange(0.01, 0.5, "the case should be in the informative range of p");
        perm.Should().BeApproximately(approx, 0.02);
    }

    [Fact]
    public void Spearman_trend_sees_a_decrease_and_is_seeded()
    {
        // The C3 shape (ResNet18 lr sweep, CLAIMS.md): 5 levels, 3 seeds, clearly decreasing then flat.
        IReadOnlyList<double>[] groups = [[3.9, 3.8, 3.78], [2.95, 2.9, 2.86], [2.8, 2.75, 2.74], [2.7, 2.72, 2.69], [2.68, 2.72, 2.75]];

        var down = TrendTests.SpearmanTrend(groups, 2000, seed: 1, Alternative.Less);
        var up = TrendTests.SpearmanTrend(groups, 2000, seed: 1, Alternative.Greater);

        down.Estimate.Should().BeLessThan(-0.7);
        down.PValue.Should().BeLessThan(0.01);
        up.PValue.Should().BeGreaterThan(0.99);
        TrendTests.SpearmanTrend(groups, 2000, seed: 1, Alternative.Less).PValue.Should().Be(down.PValue);
    }

    [Fact]
    public void Spearman_trend_equals_spearman_against_the_level_index()
    {
        IReadOnlyList<double>[] groups = [[1.0, 3.0], [2.0, 2.5], [4.0, 3.5]];
        var level = new double[] { 0, 0, 1, 1, 2, 2 };
        var values = groups.SelectMany(g => g).ToArray();

        TrendTests.SpearmanTrend(groups, 10, seed: 0).Estimate.Should().BeApproximately(Correlation.Spearman(level, values).Estimate, 1e-12);
    }

    [Fact]
    public void Fewer_than_two_groups_or_an_empty_group_is_rejected()
    {
        ((Action)(() => TrendTests.JonckheereTerpstra([[1.0, 2.0, 3.0]]))).Should().Throw<ArgumentException>().WithMessage("groups: a trend needs at least 2 ordered groups, got 1*");
        ((Action)(() => TrendTests.JonckheereTerpstra([[1.0, 2.0], []]))).Should().Throw<ArgumentException>().WithMessage("groups[1]: needs at least 1 values, got 0*");
    }
}
