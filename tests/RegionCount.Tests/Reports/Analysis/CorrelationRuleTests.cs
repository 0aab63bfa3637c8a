using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>The correlation rule (issue 16, items 1, 5 and 6) on evidence and runs whose answer is known.</summary>
public sealed class CorrelationRuleTests
{
    private static ClaimThresholds Thresholds(ClaimDefinition claim, double minConfigs = 4) =>
        new(claim, new Dictionary<string, double> { ["pearsonR"] = 0.9, ["spearman"] = 0.9, ["minConfigs"] = minConfigs }, asserted: false);

    private static CorrelationEvidence Evidence(int n, double estimate, double low, double high) =>
        new(n, Rank: false, estimate, low, high, 0.5, estimate, estimate);

    [Theory]
    [InlineData(0.70, 0.20, 0.95, VerdictOutcome.Inconclusive)]  // estimate below the threshold, interval reaches it
    [InlineData(-0.10, -0.80, 0.95, VerdictOutcome.Inconclusive)] // estimate on the wrong side of 0, interval reaches the threshold
    [InlineData(0.70, 0.20, 0.89, VerdictOutcome.NotReproduced)]  // interval's upper end below the threshold
    [InlineData(0.95, 0.40, 0.99, VerdictOutcome.Reproduced)]     // estimate reaches it, interval above 0
    [InlineData(0.95, -0.10, 0.99, VerdictOutcome.Inconclusive)]  // estimate reaches it, interval reaches 0
    public void Not_reproduced_only_when_the_interval_excludes_the_threshold(double estimate, double low, double high, VerdictOutcome expected)
    {
        CorrelationRule.Decide(Evidence(12, estimate, low, high), 0.9, 8).Outcome.Should().Be(expected);
    }

    [Fact]
    public void Below_the_minimum_the_verdict_is_too_few_configurations_whatever_the_estimate()
    {
        var (outcome, reason) = CorrelationRule.Decide(Evidence(7, -0.99, -1, -0.95), 0.9, 8);

        outcome.Should().Be(VerdictOutcome.Inconclusive);
        reason.Should().Be("too few configurations (7, minimum 8)");
    }

    [Fact]
    public void The_minimum_is_8_configurations_and_a_profile_may_raise_it_but_not_lower_it()
    {
        CorrelationRule.MinimumConfigurations.Should().Be(8);
        CorrelationRule.Minimum(Thresholds(ClaimCatalog.C1, minConfigs: 4)).Should().Be(8);
        CorrelationRule.Minimum(Thresholds(ClaimCatalog.C1, minConfigs: 12)).Should().Be(12);
    }

    [Fact]
    public void No_bootstrap_interval_is_computed_below_the_minimum()
    {
        double[] x = [1, 2, 3, 4, 5, 6, 7];
        double[] y = [1.1, 2.3, 2.9, 4.2, 5.1, 5.8, 7.3];

        var seven = CorrelationEvidence.Of(x, y, rank: false, minimum: 8);
        var eight = CorrelationEvidence.Of([.. x, 8], [.. y, 8.1], rank: false, minimum: 8);

        seven.Estimate.Should().BeGreaterThan(0.99);
        seven.HasInterval.Should().BeFalse();
        eight.HasInterval.Should().BeTrue();
    }

    /// <summary>Configurations lr × batch, one per region count 2.0, 2.1, …, the gap exactly linear in it, two seeds.</summary>
    private static List<ClaimRun> Linear(int configs, Func<int, long, double>? clean = null)
    {
        var runs = new List<ClaimRun>();
        for (int k = 0; k < configs; k++)
        {
            double rc = 2 + (0.1 * k);
            for (long seed = 0; seed < 2; seed++)
            {
                runs.Add(Runs.Run(0.001 * (k + 1), 64, seed, rc, 100, 90 - (10 * rc), clean: clean?.Invoke(k, seed) ?? 100));
            }
        }
        return runs;
    }

    [Fact]
    public void C1_over_7_configurations_is_inconclusive_with_the_minimum_in_its_evidence_and_over_8_is_reproduced()
    {
        var seven = CorrelationClaim.Analyze(ClaimCatalog.C1, Linear(7), Thresholds(ClaimCatalog.C1));
        var eight = CorrelationClaim.Analyze(ClaimCatalog.C1, Linear(8), Thresholds(ClaimCatalog.C1));

        seven.Verdicts.Single().Outcome.Should().Be(VerdictOutcome.Inconclusive);
        seven.Verdicts.Single().Evidence.Should().StartWith("too few configurations (7, minimum 8)");
        seven.Table.Rows.Single()[5].Should().BeNull("no interval below the minimum");
        eight.Verdicts.Single().Outcome.Should().Be(VerdictOutcome.Reproduced, eight.Verdicts.Single().Evidence);
        eight.Verdicts.Single().Threshold.Should().Contain("at least 8 configurations");
    }

    [Fact]
    public void Interpolation_is_judged_per_run_a_configuration_with_one_run_below_is_excluded_and_counted()
    {
        // Configuration 0: seeds at 100 % and 99.0 % clean train accuracy, mean 99.5 % (the old seed-mean test kept it).
        var runs = Linear(9, (k, seed) => k == 0 && seed == 1 ? 99.0 : 100);

        var result = CorrelationClaim.Analyze(ClaimCatalog.C1, runs, Thresholds(ClaimCatalog.C1));

        var v = result.Verdicts.Single();
        v.N.Should().Be(8);
        v.Evidence.Should().Contain("1 of 9 configurations excluded (a run below 99.5 % clean train accuracy)");
        result.Table.Rows.Single()[1].Should().Be(8);
        result.Table.Rows.Single()[3].Should().Be(1);
        result.Table.Columns[3].Legend.Should().Contain("judged per run");
    }

    [Fact]
    public void C12_prints_the_spearman_p_and_interval_not_pearson_s()
    {
        // y = exp(3x): monotone (ρ = 1) but not linear (r < 1), so the two p-values differ.
        var runs = Enumerable.Range(0, 10).Select(k => Runs.Run(0.001 * (k + 1), 64, 0, 2 + (0.1 * k), 100, 100 - Math.Exp(3 * 0.1 * k))).ToList();

        var result = CorrelationClaim.Analyze(ClaimCatalog.C12, runs, Thresholds(ClaimCatalog.C12), rank: true);

        var headers = result.Table.Columns.Select(c => c.Header).ToList();
        headers.Should().ContainInOrder("Spearman ρ", "ρ 95% low", "ρ 95% high", "p (ρ > 0)", "Pearson r");
        var row = result.Table.Rows.Single();
        ((double)row[4]!).Should().BeApproximately(1.0, 1e-12);
        var x = runs.Select(r => r.FinalCounts[ClaimRun.Segment]).ToList();
        var y = runs.Select(r => r.Gap).ToList();
        var spearmanP = RegionCount.Statistics.Correlation.SpearmanPermutation(x, y, CorrelationEvidence.Permutations, CorrelationEvidence.BootstrapSeed,
            RegionCount.Statistics.Alternative.Greater).PValue;
        var pearsonP = RegionCount.Statistics.Correlation.Pearson(x, y, RegionCount.Statistics.Alternative.Greater).PValue;
        row[7].Should().Be(spearmanP);
        spearmanP.Should().NotBe(pearsonP);
        ((double)row[8]!).Should().BeLessThan(1, "the Pearson r beside it");
        result.Verdicts.Single().Statistic.Should().Be("Spearman ρ");
    }
}
