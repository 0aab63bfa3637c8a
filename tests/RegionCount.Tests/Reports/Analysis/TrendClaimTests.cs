using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Statistics;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>C3/C4 (issue 16, item 2): Page's L with seeds as blocks decides; the extreme pair is description only.</summary>
public sealed class TrendClaimTests
{
    private static ClaimThresholds Paper(ClaimDefinition claim) => new(claim, null, asserted: true);

    private static List<ClaimRun> Sweep(Func<double, long, double> rc, int seeds = 3, double[]? lrs = null) =>
        [.. (lrs ?? [0.001, 0.01, 0.1]).SelectMany(lr => Enumerable.Range(0, seeds).Select(seed =>
            Runs.Run(lr, 64, seed, rc(lr, seed), 100, 80)))];

    [Fact]
    public void Region_count_falling_with_learning_rate_in_every_seed_reproduces_C3_by_page_s_l()
    {
        // Every seed strictly decreasing over 3 levels: the exact one-sided p is 1/(3!)^3 = 1/216.
        var result = TrendClaim.Analyze(ClaimCatalog.C3, Sweep((lr, seed) => 3 - Math.Log10(lr) + (0.01 * seed)), Paper(ClaimCatalog.C3), TrendAxis.LearningRate);

        var v = result.Verdicts.Single();
        v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
        v.Value.Should().BeApproximately(1.0 / 216, 1e-12);
        v.Test!.Method.Should().Be("Page's L (seeds as blocks, exact)");
        v.N.Should().Be(3, "three seeds, three blocks");
        result.Table.Rows.Should().HaveCount(3);
    }

    [Fact]
    public void Region_count_rising_with_learning_rate_does_not_reproduce_C3()
    {
        var v = TrendClaim.Analyze(ClaimCatalog.C3, Sweep((lr, _) => 3 + Math.Log10(lr)), Paper(ClaimCatalog.C3), TrendAxis.LearningRate)
            .Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.NotReproduced, v.Evidence);
        v.Test!.POpposite.Should().BeApproximately(1.0 / 216, 1e-12);
    }

    [Fact]
    public void Seeds_are_blocks_a_small_decrease_within_every_seed_under_large_seed_offsets_is_found()
    {
        // Seed offsets (0, 1, 2) dwarf the within-seed decrease (0.01 per level): pooled over seeds, as
        // Jonckheere–Terpstra pools them, the levels overlap completely; ranked within each seed they are ordered.
        double[] lrs = [0.001, 0.003, 0.01, 0.03, 0.1];
        var runs = Sweep((lr, seed) => 2 + seed - (0.01 * Array.IndexOf(lrs, lr)), lrs: lrs);
        var groups = lrs.Select(lr => (IReadOnlyList<double>)runs.Where(r => r.LearningRate == lr).Select(r => r.FinalCounts[ClaimRun.Segment]).ToList()).ToList();

        var v = TrendClaim.Analyze(ClaimCatalog.C3, runs, Paper(ClaimCatalog.C3), TrendAxis.LearningRate).Verdicts.Single();

        TrendTests.JonckheerePermutation(groups, 20000, 1, Alternative.Less).PValue.Should().BeGreaterThan(0.05);
        v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
        v.Value.Should().BeApproximately(Math.Pow(120, -3), 1e-15);
    }

    [Fact]
    public void The_extreme_pair_is_shown_with_its_exact_mann_whitney_p_which_cannot_go_below_0_05_and_decides_nothing()
    {
        // Page's L significant; extreme levels perfectly separated over 3 seeds: the one-sided exact p is 1/C(6,3) = 0.05.
        var result = TrendClaim.Analyze(ClaimCatalog.C3, Sweep((lr, seed) => 3 - Math.Log10(lr) + (0.01 * seed)), Paper(ClaimCatalog.C3), TrendAxis.LearningRate);
        var trend = result.MoreTables.Single();
        int column = trend.Columns.ToList().FindIndex(c => c.Id == "p_extreme");

        ((double)trend.Rows.Single()[column]!).Should().BeApproximately(0.05, 1e-12);
        trend.Columns[column].Legend.Should().Contain("cannot fall below 0.05").And.Contain("no verdict uses it");
        result.Verdicts.Single().Outcome.Should().Be(VerdictOutcome.Reproduced, "the verdict rests on Page's L alone");
        result.Verdicts.Single().Threshold.Should().NotContain("extreme").And.NotContain("Mann");
        ClaimCatalog.C3.Statistic.Should().Contain("Page's L").And.Contain("share initialisation and probes").And.Contain("can never be below 0.05");
    }

    [Fact]
    public void Extreme_means_ordered_without_a_trend_within_seeds_is_inconclusive()
    {
        // Means 3.0, 2.9, 3.0 + seed pattern: the lowest level's mean above the highest's, but the ranks within seeds disagree.
        double[] rc = [3.0, 2.9, 2.95];
        var runs = Sweep((lr, seed) => rc[(int)Math.Round(Math.Log10(lr)) + 3] + (seed == 1 ? 0.2 * Math.Log10(lr) : -0.1 * Math.Log10(lr)));

        var v = TrendClaim.Analyze(ClaimCatalog.C3, runs, Paper(ClaimCatalog.C3), TrendAxis.LearningRate).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Inconclusive, v.Evidence);
    }

    [Fact]
    public void No_variation_within_any_seed_is_inconclusive()
    {
        var v = TrendClaim.Analyze(ClaimCatalog.C3, Sweep((_, seed) => 2.5 + (0.1 * seed)), Paper(ClaimCatalog.C3), TrendAxis.LearningRate).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        v.Evidence.Should().StartWith("every block is constant over the levels");
    }

    [Fact]
    public void One_seed_over_three_levels_cannot_reach_alpha_and_is_inconclusive()
    {
        var v = TrendClaim.Analyze(ClaimCatalog.C3, Sweep((lr, _) => 3 - Math.Log10(lr), seeds: 1), Paper(ClaimCatalog.C3), TrendAxis.LearningRate)
            .Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        v.Evidence.Should().StartWith("too few blocks (1 of 3 levels): the smallest p Page's L can attain is 0.167");
    }

    [Fact]
    public void A_seed_lacking_a_level_is_left_out_and_counted()
    {
        var runs = Sweep((lr, seed) => 3 - Math.Log10(lr) + (0.01 * seed), seeds: 4).Where(r => !(r.Seed == 3 && r.LearningRate == 0.1)).ToList();

        var result = TrendClaim.Analyze(ClaimCatalog.C3, runs, Paper(ClaimCatalog.C3), TrendAxis.LearningRate);

        result.Verdicts.Single().N.Should().Be(3);
        result.Verdicts.Single().Evidence.Should().Contain("(1 incomplete blocks left out)");
    }

    [Fact]
    public void C4_blocks_are_the_seeds_of_the_batch_sweep()
    {
        var runs = new[] { 32, 64, 128, 256 }.SelectMany(b => Enumerable.Range(0, 3).Select(seed => Runs.Run(0.01, b, seed, 2 + (0.1 * Math.Log2(b)) + seed, 100, 80))).ToList();

        var v = TrendClaim.Analyze(ClaimCatalog.C4, runs, Paper(ClaimCatalog.C4), TrendAxis.BatchSize).Verdicts.Single();

        v.Outcome.Should().Be(VerdictOutcome.Reproduced, v.Evidence);
        v.Value.Should().BeApproximately(Math.Pow(24, -3), 1e-15);
    }
}
