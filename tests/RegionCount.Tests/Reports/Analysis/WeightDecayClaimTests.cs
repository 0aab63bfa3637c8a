using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Tables;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>C15 judged from weight-decay runs with known answers: per (learning rate, batch) slice by C1's rule, never
/// pooled over slices; the three readings beside the authors' (the off-by-one reads the measurement before the last);
/// too few or missing runs stay inconclusive, as the cifar-cpu sweep is until its 8 runs exist.</summary>
public sealed class WeightDecayClaimTests
{
    private static readonly double[] AuthorsDecays = [1e-7, 5e-7, 1e-6, 5e-6, 1e-5, 5e-5, 1e-4, 5e-4, 1e-3, 5e-3];

    private static ClaimThresholds Thresholds() => new(ClaimCatalog.C15, new Dictionary<string, double> { ["pearsonR"] = 0.84 }, asserted: false);

    /// <summary>One run per weight decay of one slice: gap 10 + 2·i, final count <paramref name="final"/>(i), count one
    /// measurement before the last (epoch 190) <paramref name="before"/>(i), epochs 10 … 200 measured.</summary>
    private static List<ClaimRun> Slice(double lr, int batch, Func<int, double> final, Func<int, double>? before = null,
        IReadOnlyList<double>? decays = null, double gapOffset = 0) =>
        [.. (decays ?? AuthorsDecays).Select((wd, i) => Runs.Run(lr, batch, 0, final(i), 100, 100 - (10 + (2 * i) + gapOffset), model: "resnet18", wd: wd) with
        {
            CountsByEpoch = [(0, 5.0), (10, 4.0), (190, (before ?? final)(i)), (200, final(i))],
        })];

    private static int Column(MetricTable table, string id) => table.Columns.ToList().FindIndex(c => c.Id == id);

    [Fact]
    public void Each_slice_is_judged_over_its_weight_decays_by_the_correlation_rule()
    {
        var runs = Slice(0.1, 256, i => 2 + (0.1 * i) + (0.01 * (i % 3))).Concat(Slice(0.01, 512, i => 4 - (0.1 * i))).ToList();

        var result = WeightDecayClaim.Analyze(ClaimCatalog.C15, runs, Thresholds());

        result.Verdicts.Select(v => v.Subject).Should().Equal("resnet18, lr 0.01, bs 512", "resnet18, lr 0.1, bs 256");
        var rising = result.Verdicts.Single(v => v.Subject == "resnet18, lr 0.1, bs 256");
        rising.Outcome.Should().Be(VerdictOutcome.Reproduced, rising.Explanation);
        rising.N.Should().Be(10, "a configuration is a weight decay");
        rising.Threshold.Should().Contain("r ≥ 0.84");
        var falling = result.Verdicts.Single(v => v.Subject == "resnet18, lr 0.01, bs 512");
        falling.Outcome.Should().Be(VerdictOutcome.NotReproduced, falling.Explanation);
    }

    [Fact]
    public void Slices_are_never_pooled_so_an_offset_between_them_cannot_make_a_correlation()
    {
        // Within each slice the count falls as the gap grows; the second slice has both a higher count and a higher
        // gap, so the 20 configurations pooled would correlate positively (r ≈ 0.8).
        var runs = Slice(0.1, 256, i => 3 - (0.05 * i)).Concat(Slice(0.1, 512, i => 6 - (0.05 * i), gapOffset: 40)).ToList();
        var means = ConfigMean.Of(runs);
        RegionCount.Statistics.Correlation.Pearson(means.Select(m => m.RegionCount).ToArray(), means.Select(m => m.Gap).ToArray())
            .Estimate.Should().BeGreaterThan(0.8, "pooled, the offset makes a correlation");

        var result = WeightDecayClaim.Analyze(ClaimCatalog.C15, runs, Thresholds());

        result.Verdicts.Should().HaveCount(2).And.OnlyContain(v => v.Outcome == VerdictOutcome.NotReproduced && v.Value < -0.99);
    }

    [Fact]
    public void The_readings_follow_the_authors_selection_and_the_off_by_one_reads_the_measurement_before_the_last()
    {
        // Final counts rise with the gap; the counts at epoch 190 fall with it: only the first reading sees them.
        var result = WeightDecayClaim.Analyze(ClaimCatalog.C15, Slice(0.1, 256, i => 2 + (0.1 * i), before: i => 4 - (0.1 * i)), Thresholds());

        var readings = result.MoreTables.Single(t => t.Name == "readings");
        readings.Rows.Should().HaveCount(3);
        var (r, n, epoch, authors) = (Column(readings, "r"), Column(readings, "configs"), Column(readings, "epoch"), Column(readings, "authors_r"));
        readings.Rows.Select(row => row[epoch]).Should().Equal("190 of 200", "200 of 200", "200 of 200");
        readings.Rows.Select(row => row[n]).Should().Equal(8, 8, 10);
        ((double)readings.Rows[0][r]!).Should().BeApproximately(-1, 1e-9);
        ((double)readings.Rows[1][r]!).Should().BeApproximately(1, 1e-9);
        ((double)readings.Rows[2][r]!).Should().Be(result.Verdicts.Single().Value, "the last reading is the verdict's");
        // The authors' readings of their runs, as issue 18 quotes their files.
        readings.Rows.Select(row => row[authors]).Should().Equal(0.84, 0.571, 0.613);
    }

    [Fact]
    public void Two_recorded_runs_of_eight_planned_are_inconclusive_and_eight_runs_are_judged()
    {
        // The cifar-cpu wd-resnet18 slice: 8 weight decays at lr 0.1, batch 128; only the main grid's wd 5e-4 and 5e-3
        // runs are recorded before its sweep.
        double[] decays = [1e-7, 1e-6, 1e-5, 5e-5, 1e-4, 5e-4, 1e-3, 5e-3];
        var all = Slice(0.1, 128, i => 2 + (0.1 * i) + (0.02 * (i % 2)), decays: decays);
        var before = all.Select(r => r.WeightDecay >= 5e-4 && r.WeightDecay != 1e-3 ? r : r with { Status = "missing" }).ToList();
        var recordedOnly = before.Where(r => r.Completed).ToList();

        var waiting = WeightDecayClaim.Analyze(ClaimCatalog.C15, before, Thresholds()).Verdicts.Single();
        var few = WeightDecayClaim.Analyze(ClaimCatalog.C15, recordedOnly, Thresholds()).Verdicts.Single();
        var done = WeightDecayClaim.Analyze(ClaimCatalog.C15, all, Thresholds()).Verdicts.Single();

        waiting.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        waiting.Evidence.Should().Contain("runs missing or failed").And.Contain("2/8 runs completed");
        few.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        few.Evidence.Should().StartWith("too few configurations (2, minimum 8)");
        done.Outcome.Should().Be(VerdictOutcome.Reproduced, done.Explanation);
        done.N.Should().Be(8);
    }

    [Fact]
    public void A_weight_decay_that_does_not_interpolate_is_left_out_of_the_verdict_and_the_readings()
    {
        var runs = Slice(0.1, 256, i => 2 + (0.1 * i));
        runs[^1] = runs[^1] with { TrainAccuracyClean = 97 };

        var result = WeightDecayClaim.Analyze(ClaimCatalog.C15, runs, Thresholds());

        result.Verdicts.Single().N.Should().Be(9);
        result.Verdicts.Single().Evidence.Should().Contain("1 of 10 configurations excluded");
        var readings = result.MoreTables.Single(t => t.Name == "readings");
        readings.Rows[2][Column(readings, "configs")].Should().Be(9);
    }
}
