using FluentAssertions;
using RegionCount.Statistics;
using Xunit;

namespace RegionCount.Tests.Statistics;

public sealed class MannWhitneyTests
{
    [Fact]
    public void Three_against_three_cannot_reach_one_sided_p_below_0_05()
    {
        // x all above y: U = 9 = nm, the single most extreme of the C(6, 3) = 20 equally likely splits, so the exact
        // one-sided p is 1/20 = 0.05 and nothing is smaller: 3 seeds per level cannot give p < 0.05. Two-sided 2/20.
        // z = (9 − 4.5)/√(9·7/12) = 4.5/√5.25.
        double[] x = [10, 11, 12];
        double[] y = [1, 2, 3];

        var result = MannWhitney.Exact(x, y, Alternative.Greater);

        result.Estimate.Should().Be(9);
        result.PValue.Should().Be(1.0 / 20);
        result.PValue.Should().Be(0.05);
        result.Statistic.Should().BeApproximately(4.5 / Math.Sqrt(5.25), 1e-12);
        result.N.Should().Be(6);
        result.Method.Should().Be("Mann-Whitney U (exact over the C(6, 3) splits)");
        MannWhitney.Exact(x, y, Alternative.TwoSided).PValue.Should().Be(0.1);
        MannWhitney.Exact(x, y, Alternative.Less).PValue.Should().Be(1);
        MannWhitney.Exact(y, x, Alternative.Less).PValue.Should().Be(0.05);
    }

    [Fact]
    public void Three_against_three_follows_the_tabled_null_of_U()
    {
        // Null counts of U for n = m = 3 (Mann & Whitney 1947, Table I), u = 0..9: 1, 1, 2, 3, 3, 3, 3, 2, 1, 1 (sum 20).
        // x = (1, 4, 6), y = (2, 3, 5): U = 0 + 2 + 3 = 5; P(U ≥ 5) = (3+3+2+1+1)/20 = 10/20, P(U ≤ 5) = 13/20,
        // two-sided P(|U − 4.5| ≥ 0.5) = 1. x = (3, 5, 6), y = (1, 2, 4): U = 2 + 3 + 3 = 8, P(U ≥ 8) = 2/20.
        var five = MannWhitney.Exact([1.0, 4, 6], [2.0, 3, 5], Alternative.Greater);
        var eight = MannWhitney.Exact([3.0, 5, 6], [1.0, 2, 4], Alternative.Greater);

        five.Estimate.Should().Be(5);
        five.PValue.Should().Be(0.5);
        MannWhitney.Exact([1.0, 4, 6], [2.0, 3, 5], Alternative.Less).PValue.Should().Be(13.0 / 20);
        MannWhitney.Exact([1.0, 4, 6], [2.0, 3, 5], Alternative.TwoSided).PValue.Should().Be(1);
        eight.Estimate.Should().Be(8);
        eight.PValue.Should().Be(2.0 / 20);
    }

    [Fact]
    public void Matches_the_R_wilcox_test_example()
    {
        // R's wilcox.test documentation (Hollander & Wolfe 1973, p. 69), alternative = "greater": W = 35,
        // exact p-value = 0.1272. Re-derived by listing the C(15, 5) = 3003 splits: 382 have U ≥ 35, p = 382/3003.
        double[] x = [0.80, 0.83, 1.89, 1.04, 1.45, 1.38, 1.91, 1.64, 0.73, 1.46];
        double[] y = [1.15, 0.88, 0.90, 0.74, 1.21];

        var result = MannWhitney.Exact(x, y, Alternative.Greater);

        result.Estimate.Should().Be(35);
        result.PValue.Should().BeApproximately(382.0 / 3003, 1e-15);
        result.PValue.Should().BeApproximately(0.1272, 5e-5);
    }

    [Fact]
    public void Ties_are_exact_given_the_tie_pattern()
    {
        // x = (1, 2), y = (2, 3): pooled ranks 1, 2.5, 2.5, 4; U = 0.5 (the tie counts ½). The 6 splits give x's rank
        // sum 3.5 (×2), 5 (×2), 6.5 (×2), i.e. U = R − 3 = 0.5 (×2), 2 (×2), 3.5 (×2): P(U ≤ 0.5) = 2/6, P(U ≥ 0.5) = 1,
        // two-sided P(|U − 2| ≥ 1.5) = 4/6. Tie-corrected Var U = (4/12)·(5 − 6/12) = 1.5, z = −1.5/√1.5.
        var less = MannWhitney.Exact([1.0, 2], [2.0, 3], Alternative.Less);

        less.Estimate.Should().Be(0.5);
        less.PValue.Should().BeApproximately(1.0 / 3, 1e-15);
        less.Statistic.Should().BeApproximately(-1.5 / Math.Sqrt(1.5), 1e-12);
        MannWhitney.Exact([1.0, 2], [2.0, 3], Alternative.Greater).PValue.Should().Be(1);
        MannWhitney.Exact([1.0, 2], [2.0, 3], Alternative.TwoSided).PValue.Should().BeApproximately(2.0 / 3, 1e-15);
    }

    [Fact]
    public void Exact_p_with_ties_equals_brute_force_enumeration_of_the_splits()
    {
        // Independent check of the subset-sum recursion: list all C(11, 5) = 462 splits, U = #{x > y} + ½ #{x = y}.
        double[] x = [1, 2, 2, 3, 5];
        double[] y = [2, 3, 3, 4, 4, 6];
        var pooled = x.Concat(y).ToArray();
        var observed = U(x, y);
        var us = new List<double>();
        foreach (var pick in Combinations(pooled.Length, x.Length))
        {
            var xs = pick.Select(i => pooled[i]).ToArray();
            var ys = Enumerable.Range(0, pooled.Length).Where(i => !pick.Contains(i)).Select(i => pooled[i]).ToArray();
            us.Add(U(xs, ys));
        }

        us.Should().HaveCount(462);
        MannWhitney.Exact(x, y, Alternative.Greater).Estimate.Should().Be(observed);
        MannWhitney.Exact(x, y, Alternative.Greater).PValue.Should().BeApproximately(us.Count(u => u >= observed) / 462.0, 1e-15);
        MannWhitney.Exact(x, y, Alternative.Less).PValue.Should().BeApproximately(us.Count(u => u <= observed) / 462.0, 1e-15);
        MannWhitney.Exact(x, y, Alternative.TwoSided).PValue.Should().BeApproximately(us.Count(u => Math.Abs(u - 15) >= Math.Abs(observed - 15)) / 462.0, 1e-15);
    }

    [Fact]
    public void Beyond_100_values_the_normal_approximation_is_used()
    {
        // x = 1..60 all below y = 61..105: U = 0, E U = 60·45/2 = 1350, Var U = 60·45·106/12 = 23850 (no ties),
        // z = −1350/√23850 = −8.7416.
        var x = Enumerable.Range(1, 60).Select(v => (double)v).ToArray();
        var y = Enumerable.Range(61, 45).Select(v => (double)v).ToArray();

        var result = MannWhitney.Exact(x, y, Alternative.Less);

        result.Method.Should().Be("Mann-Whitney U (normal approx., tie-corrected)");
        result.Estimate.Should().Be(0);
        result.Statistic.Should().BeApproximately(-1350 / Math.Sqrt(23850), 1e-12);
        result.PValue.Should().BeApproximately(Normal.Cdf(-1350 / Math.Sqrt(23850)), 1e-15);
    }

    [Fact]
    public void Exact_and_normal_agree_for_fifty_against_fifty()
    {
        // n = m = 50 (exact, at the limit n + m = 100): the exact p and 1 − Φ(z) (no continuity correction) should
        // differ by well under 0.01 at this size.
        var random = new Random(4);
        var x = Enumerable.Range(0, 50).Select(_ => random.NextDouble() + 0.1).ToArray();
        var y = Enumerable.Range(0, 50).Select(_ => random.NextDouble()).ToArray();

        var result = MannWhitney.Exact(x, y, Alternative.Greater);

        result.Method.Should().StartWith("Mann-Whitney U (exact");
        result.PValue.Should().BeInRange(0.01, 0.5, "the case should be in the informative range of p");
        result.PValue.Should().BeApproximately(Normal.UpperTail(result.Statistic), 0.01);
    }

    [Fact]
    public void Constant_or_empty_input_is_rejected()
    {
        ((Action)(() => MannWhitney.Exact([1.0, 1], [1.0, 1]))).Should().Throw<ArgumentException>().WithMessage("x and y: all 4 values are equal*");
        ((Action)(() => MannWhitney.Exact([], [1.0, 2]))).Should().Throw<ArgumentException>().WithMessage("x: needs at least 1 values, got 0*");
    }

    private static double U(IReadOnlyList<double> x, IReadOnlyList<double> y) =>
        x.Sum(a => y.Sum(b => a > b ? 1 : a == b ? 0.5 : 0));

    private static IEnumerable<int[]> Combinations(int n, int k, int start = 0)
    {
        if (k == 0)
        {
            yield return [];
            yield break;
        }

        for (var i = start; i <= n - k; i++)
        {
            foreach (var rest in Combinations(n, k - 1, i + 1))
            {
                yield return [i, .. rest];
            }
        }
    }
}
