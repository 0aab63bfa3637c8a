using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>The design check beside a correlation (issue 16): levels of one factor whose configurations barely differ.</summary>
public sealed class NearReplicatesTests
{
    /// <summary>3 learning rates × 3 batch sizes × 2 weight decays; the second weight decay moves the gap by
    /// <paramref name="gapShift"/> and the count by <paramref name="countShift"/> (in points and regions).</summary>
    private static List<ClaimRun> Grid(double gapShift, double countShift)
    {
        var runs = new List<ClaimRun>();
        int k = 0;
        foreach (var lr in new[] { 0.1, 0.03, 0.01 })
        {
            foreach (var batch in new[] { 32, 64, 128 })
            {
                double rc = 2 + (0.3 * k) + (0.05 * (k % 3));
                double gap = 5 + (3 * k) + (k % 2);
                runs.Add(Runs.Run(lr, batch, 0, rc, 100, 100 - gap, wd: 0));
                runs.Add(Runs.Run(lr, batch, 0, rc + (countShift * (k % 2 == 0 ? 1 : -1)), 100, 100 - gap - (gapShift * (k % 2 == 0 ? 1 : -1)), wd: 5e-4));
                k++;
            }
        }
        return runs;
    }

    private static ClaimThresholds Thresholds() => new(ClaimCatalog.C1, null, asserted: true);

    [Fact]
    public void Weight_decays_that_change_neither_gap_nor_count_are_flagged_and_the_verdict_says_so()
    {
        var result = CorrelationClaim.Analyze(ClaimCatalog.C1, Grid(0.2, 0.02), Thresholds(), new CorrelationOptions { DesignTable = true });

        var design = result.MoreTables.Single(t => t.Name == "design");
        var wd = design.Rows.Single(r => (string)r[1]! == "weight decay");
        wd[2].Should().Be("0 vs 0.0005");
        wd[3].Should().Be(9);
        wd[8].Should().Be("yes");
        design.Rows.Where(r => (string)r[1]! != "weight decay").Should().OnlyContain(r => (string)r[8]! == "no", "learning rate and batch move both");
        result.Verdicts.Single().Evidence.Should().Contain("near-replicate levels: weight decay 0 ~ 0.0005 (9 matched configurations")
            .And.Contain("the 18 configurations carry less independent information than 18");
    }

    [Fact]
    public void Levels_whose_counts_differ_are_not_replicates_even_when_their_gaps_agree()
    {
        var result = CorrelationClaim.Analyze(ClaimCatalog.C1, Grid(0.2, 0.9), Thresholds(), new CorrelationOptions { DesignTable = true });

        var wd = result.MoreTables.Single().Rows.Single(r => (string)r[1]! == "weight decay");
        ((double)wd[4]!).Should().BeGreaterThan(0.95, "the gaps agree");
        wd[8].Should().Be("no");
        result.Verdicts.Single().Evidence.Should().NotContain("near-replicate");
    }

    [Fact]
    public void Without_the_option_there_is_no_design_table_but_the_note_stays()
    {
        var result = CorrelationClaim.Analyze(ClaimCatalog.C1, Grid(0.2, 0.02), Thresholds(), new CorrelationOptions());

        result.MoreTables.Should().BeEmpty();
        result.Verdicts.Single().Evidence.Should().Contain("near-replicate levels");
    }
}
