using FluentAssertions;
using RegionCount.Statistics;
using Xunit;

namespace RegionCount.Tests.Statistics;

public sealed class PageTestTests
{
    [Fact]
    public void Three_perfectly_increasing_blocks_of_three_levels_have_exact_p_one_over_216()
    {
        // Every block ranks its levels 1, 2, 3: L = 3·(1·1 + 2·2 + 3·3) = 42, the maximum. Under H0 each block is in
        // one of 3! = 6 orders, so P(L ≥ 42) = (1/6)³ = 1/216; the null is symmetric about E L = 3·3·16/4 = 36, so the
        // two-sided p is 2/216. Var L = 3·9·4·8/144 = 6, z = 6/√6 = √6.
        IReadOnlyList<double>[] blocks = [[0.1, 0.5, 0.9], [2, 3, 4], [-5, 0, 7]];

        var greater = TrendTests.PageL(blocks, Alternative.Greater);

        greater.Estimate.Should().Be(42);
        greater.PValue.Should().Be(1.0 / 216);
        greater.Statistic.Should().BeApproximately(Math.Sqrt(6), 1e-12);
        greater.N.Should().Be(3);
        greater.Method.Should().Be("Page L (exact, 216 within-block orderings)");
        TrendTests.PageL(blocks, Alternative.TwoSided).PValue.Should().Be(2.0 / 216);
        TrendTests.PageL(blocks, Alternative.Less).PValue.Should().Be(1);
    }

    [Fact]
    public void Two_blocks_of_three_levels_match_the_hand_derived_null()
    {
        // Per block, Σ k·r over the 6 orders of (1, 2, 3): 14 (1,2,3); 13 (1,3,2), (2,1,3); 11 (2,3,1), (3,1,2); 10 (3,2,1).
        // Two blocks: L = 28 once, L = 27 in 2·2 = 4 ways (14+13, 13+14) of 36, so P(L ≥ 27) = 5/36, P(L ≤ 27) = 1 − 1/36.
        IReadOnlyList<double>[] blocks = [[1, 2, 3], [1, 3, 2]];

        var result = TrendTests.PageL(blocks, Alternative.Greater);

        result.Estimate.Should().Be(27);
        result.PValue.Should().BeApproximately(5.0 / 36, 1e-15);
        TrendTests.PageL(blocks, Alternative.Less).PValue.Should().BeApproximately(35.0 / 36, 1e-15);
    }

    [Fact]
    public void Ties_use_the_blocks_own_average_ranks_exactly()
    {
        // Block (1, 1, 2) ranks (1.5, 1.5, 3); its 6 orders give Σ k·r = 13.5 (×2), 12 (×2), 10.5 (×2).
        // With block (1, 2, 3) (scores above): L = 13.5 + 14 = 27.5, reached only by 13.5 + 14: P(L ≥ 27.5) = (2/6)(1/6) = 1/18.
        // Permutation variance: block 1 (2.25 + 0 + 2.25)/3 = 1.5 (= S_k S_b/(K−1) = 2·1.5/2), block 2 (4+1+1+1+1+4)/6 = 2;
        // E L = 2·3·16/4 = 24, z = 3.5/√3.5 = √3.5.
        IReadOnlyList<double>[] blocks = [[1, 1, 2], [1, 2, 3]];

        var result = TrendTests.PageL(blocks, Alternative.Greater);

        result.Estimate.Should().Be(27.5);
        result.PValue.Should().BeApproximately(1.0 / 18, 1e-15);
        result.Statistic.Should().BeApproximately(Math.Sqrt(3.5), 1e-12);
    }

    [Fact]
    public void Exact_p_with_ties_equals_brute_force_enumeration_of_all_orderings()
    {
        // Independent check of the convolution: list all 6³ = 216 orderings of the three blocks' rank vectors
        // (written out by hand: (1,2,3) has no ties, (1.5,1.5,3) and (1,2.5,2.5) do) and count L directly.
        IReadOnlyList<double>[] blocks = [[3, 1, 2], [5, 5, 6], [0, 4, 4]];
        double[][] ranks = [[3, 1, 2], [1.5, 1.5, 3], [1, 2.5, 2.5]];
        var observed = ranks.Sum(Score);
        var scores = new List<double>();
        foreach (var a in Orders(ranks[0]))
        {
            foreach (var b in Orders(ranks[1]))
            {
                foreach (var c in Orders(ranks[2]))
                {
                    scores.Add(Score(a) + Score(b) + Score(c));
                }
            }
        }

        var mean = 3 * 3 * 16 / 4.0;
        scores.Should().HaveCount(216);
        TrendTests.PageL(blocks, Alternative.Greater).Estimate.Should().Be(observed);
        TrendTests.PageL(blocks, Alternative.Greater).PValue.Should().BeApproximately(scores.Count(s => s >= observed) / 216.0, 1e-15);
        TrendTests.PageL(blocks, Alternative.Less).PValue.Should().BeApproximately(scores.Count(s => s <= observed) / 216.0, 1e-15);
        TrendTests.PageL(blocks, Alternative.TwoSided).PValue.Should().BeApproximately(
            scores.Count(s => Math.Abs(s - mean) >= Math.Abs(observed - mean)) / 216.0, 1e-15);
    }

    public static readonly TheoryData<int, int, double, int> PageTable = new()
    {
        // Page (1963), JASA 58: 216–230, Table 1: the smallest L with P(L ≥ L) ≤ α (k levels, n blocks). Each entry
        // was re-derived for this test by exact enumeration of the null (an independent Python script).
        { 3, 2, 0.05, 28 }, { 3, 3, 0.05, 41 }, { 3, 3, 0.01, 42 }, { 3, 4, 0.05, 54 }, { 3, 4, 0.01, 55 },
        { 3, 5, 0.05, 66 }, { 3, 5, 0.01, 68 }, { 3, 6, 0.05, 79 }, { 3, 6, 0.01, 81 }, { 3, 7, 0.05, 91 },
        { 3, 7, 0.01, 93 }, { 3, 8, 0.05, 104 }, { 3, 8, 0.01, 106 }, { 4, 2, 0.05, 58 }, { 4, 2, 0.01, 60 },
        { 4, 3, 0.05, 84 }, { 4, 3, 0.01, 87 }, { 4, 4, 0.05, 111 }, { 4, 4, 0.01, 114 }, { 5, 2, 0.05, 103 },
        { 5, 2, 0.01, 106 }, { 5, 3, 0.05, 150 }, { 5, 3, 0.01, 155 },
    };

    [Theory]
    [MemberData(nameof(PageTable))]
    public void Exact_p_reproduces_Pages_critical_values(int levels, int blocks, double alpha, int critical)
    {
        var at = TrendTests.PageL(BlocksWithL(levels, blocks, critical), Alternative.Greater);
        var below = TrendTests.PageL(BlocksWithL(levels, blocks, critical - 1), Alternative.Greater);

        at.Estimate.Should().Be(critical);
        at.Method.Should().StartWith("Page L (exact");
        at.PValue.Should().BeLessThanOrEqualTo(alpha);
        below.PValue.Should().BeGreaterThan(alpha);
    }

    [Fact]
    public void Large_designs_use_the_normal_approximation_with_the_textbook_moments()
    {
        // n = 12 blocks, K = 4: 8 blocks increasing (Σ k·k = 30), 4 decreasing (Σ k(5 − k) = 20): L = 240 + 80 = 320.
        // E L = 12·4·25/4 = 300, Var L = 12·16·5·15/144 = 100, z = 20/10 = 2, p = 1 − Φ(2) = 0.0227501319 (24^12 orderings).
        var up = new double[] { 1, 2, 3, 4 };
        var down = new double[] { 4, 3, 2, 1 };
        var blocks = Enumerable.Range(0, 12).Select(b => (IReadOnlyList<double>)(b < 8 ? up : down)).ToArray();

        var result = TrendTests.PageL(blocks, Alternative.Greater);

        result.Method.Should().Be("Page L (normal approx., permutation variance with ties)");
        result.Estimate.Should().Be(320);
        result.Statistic.Should().BeApproximately(2, 1e-12);
        result.PValue.Should().BeApproximately(0.0227501319, 1e-9);
        TrendTests.PageL(blocks, Alternative.TwoSided).PValue.Should().BeApproximately(2 * 0.0227501319, 1e-9);
    }

    [Fact]
    public void Exact_and_normal_agree_roughly_at_the_limit()
    {
        // K = 3, n = 8: 6^8 = 1,679,616 ≤ 2,000,000 orderings, exact; n = 9 (10,077,696) switches to the normal.
        // A weak increasing trend; the exact p is compared with 1 − Φ(z) of the same data (tolerance 0.02).
        var random = new Random(5);
        var blocks = Enumerable.Range(0, 8)
            .Select(_ => (IReadOnlyList<double>)Enumerable.Range(0, 3).Select(k => random.NextDouble() + (0.15 * k)).ToArray())
            .ToArray();

        var exact = TrendTests.PageL(blocks, Alternative.Greater);
        var nine = TrendTests.PageL([.. blocks, [1.0, 2, 3]], Alternative.Greater);

        exact.Method.Should().StartWith("Page L (exact");
        exact.PValue.Should().BeInRange(0.01, 0.5, "the case should be in the informative range of p");
        exact.PValue.Should().BeApproximately(Normal.UpperTail(exact.Statistic), 0.02);
        nine.Method.Should().StartWith("Page L (normal");
    }

    [Fact]
    public void Ragged_or_constant_designs_are_rejected()
    {
        ((Action)(() => TrendTests.PageL([[1.0, 2, 3], [1.0, 2]]))).Should().Throw<ArgumentException>().WithMessage("blocks[1]: has 2 levels, blocks[0] has 3*");
        ((Action)(() => TrendTests.PageL([[1.0]]))).Should().Throw<ArgumentException>().WithMessage("blocks[0]: needs at least 2 values, got 1*");
        ((Action)(() => TrendTests.PageL([[1.0, 1], [2.0, 2]]))).Should().Throw<ArgumentException>().WithMessage("blocks: all 2 blocks are constant*");
        ((Action)(() => TrendTests.PageL([]))).Should().Throw<ArgumentException>().WithMessage("blocks: needs at least 1 block*");
    }

    private static double Score(IReadOnlyList<double> ranks) => ranks.Select((r, k) => (k + 1) * r).Sum();

    /// <summary>All K! orders of a vector (with multiplicity when values repeat).</summary>
    private static IEnumerable<double[]> Orders(double[] values)
    {
        if (values.Length == 1)
        {
            yield return values;
            yield break;
        }

        for (var i = 0; i < values.Length; i++)
        {
            var rest = values.Where((_, j) => j != i).ToArray();
            foreach (var tail in Orders(rest))
            {
                yield return [values[i], .. tail];
            }
        }
    }

    /// <summary>n blocks, each an order of 1..K, whose L is <paramref name="target"/> (depth-first search).</summary>
    private static IReadOnlyList<double>[] BlocksWithL(int levels, int n, int target)
    {
        var orders = Orders(Enumerable.Range(1, levels).Select(k => (double)k).ToArray()).ToArray();
        var min = orders.Min(Score);
        var max = orders.Max(Score);
        var chosen = new IReadOnlyList<double>[n];
        bool Fill(int b, double remaining)
        {
            if (b == n)
            {
                return remaining == 0;
            }

            if (remaining < min * (n - b) || remaining > max * (n - b))
            {
                return false;
            }

            foreach (var order in orders)
            {
                chosen[b] = order;
                if (Fill(b + 1, remaining - Score(order)))
                {
                    return true;
                }
            }

            return false;
        }

        Fill(0, target).Should().BeTrue($"L = {target} is reachable with {n} blocks of {levels} levels");
        return chosen;
    }
}
