using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>C14 (issue 16, item 7): parts judged apart, matched comparisons, C1's correlation not folded in, underfit arms marked.</summary>
public sealed class RegimeClaimTests
{
    private static ClaimThresholds Thresholds() => new(ClaimCatalog.C14, new Dictionary<string, double> { ["pearsonR"] = 0.9 }, asserted: false);

    /// <summary>9 configurations; 'none' with 3 seeds, the regimes with seed 0 only. Seeds shift every run of a seed alike.</summary>
    private static List<ClaimRun> Runs_(double augShift = -0.3, double mixupShift = -0.4, double noneSign = 1, double augClean = 100, long augSeed = 0)
    {
        var runs = new List<ClaimRun>();
        int k = 0;
        foreach (var lr in new[] { 0.1, 0.01, 0.001 })
        {
            foreach (var batch in new[] { 32, 64, 128 })
            {
                double rc = 2 + (0.2 * k) + (0.01 * (k % 2));
                for (long seed = 0; seed < 3; seed++)
                {
                    runs.Add(Runs.Run(lr, batch, seed, rc + (0.5 * seed), 100, 90 - (noneSign * 10 * (rc - 2))));
                }
                runs.Add(Runs.Run(lr, batch, augSeed, rc + augShift + (0.02 * (k % 3)), 100, 91 - (10 * (rc - 2)), augmentation: "crop-flip", clean: augClean));
                runs.Add(Runs.Run(lr, batch, 0, rc + mixupShift - (0.03 * (k % 2)), 100, 92 - (10 * (rc - 2)), mixup: 1.0));
                k++;
            }
        }
        return runs;
    }

    [Fact]
    public void Each_part_is_its_own_verdict_and_the_none_regime_is_not_judged()
    {
        var result = RegimeClaim.Analyze(ClaimCatalog.C14, Runs_(), Thresholds());

        result.Verdicts.Select(v => v.Subject).Should().Equal(
            "mlp: augmentation lowers RC", "mlp: r under augmentation", "mlp: mixup lowers RC", "mlp: r under mixup");
        result.Verdicts.Should().OnlyContain(v => v.Outcome == VerdictOutcome.Reproduced);
        result.Verdicts.Where(v => v.Subject.EndsWith("lowers RC", StringComparison.Ordinal)).Should().OnlyContain(v => v.Test != null);
        result.Table.Rows.Select(r => r[1]).Should().Equal("none", "augmentation", "mixup");
    }

    [Fact]
    public void C1_s_correlation_in_the_none_regime_does_not_enter_C14()
    {
        // 'none' with the count falling as the error rises (r = −1): C1 would fail; C14's parts do not read it.
        var result = RegimeClaim.Analyze(ClaimCatalog.C14, Runs_(noneSign: -1), Thresholds());

        result.Verdicts.Should().OnlyContain(v => v.Outcome == VerdictOutcome.Reproduced);
    }

    [Fact]
    public void Comparisons_are_matched_by_configuration_and_seed()
    {
        // 'none' seeds 1 and 2 sit 0.5 and 1.0 above seed 0; a seed-mean comparison would see −0.8, the matched one −0.3.
        var result = RegimeClaim.Analyze(ClaimCatalog.C14, Runs_(), Thresholds());

        var aug = result.Verdicts[0];
        aug.N.Should().Be(9);
        aug.Value.Should().BeApproximately(-0.3 + 0.02, 1e-9);
        aug.Evidence.Should().Contain("9 matched pairs (same configuration and seed), 0 unmatched runs left out");
    }

    [Fact]
    public void A_regime_whose_seeds_match_no_run_of_none_is_an_unmatched_comparison_and_not_tested()
    {
        var aug = RegimeClaim.Analyze(ClaimCatalog.C14, Runs_(augSeed: 7), Thresholds()).Verdicts[0];

        aug.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        aug.Test.Should().BeNull();
        aug.Evidence.Should().StartWith("unmatched comparison, not tested; unmatched: no run of augmentation shares configuration and seed");
    }

    [Fact]
    public void An_arm_below_the_interpolation_threshold_is_marked_underfit()
    {
        var result = RegimeClaim.Analyze(ClaimCatalog.C14, Runs_(augShift: 0.3, augClean: 97), Thresholds());

        var aug = result.Verdicts[0];
        aug.Outcome.Should().Be(VerdictOutcome.NotReproduced, aug.Evidence);
        aug.Evidence.Should().Contain("underfit arm: 9 of 9 runs below 99.5 % clean train accuracy");
        result.Table.Rows[1][4].Should().Be(9);
        result.Verdicts[2].Evidence.Should().Contain("every run ≥ 99.5 % clean train accuracy");
    }

    [Fact]
    public void Fewer_than_five_matched_pairs_are_inconclusive()
    {
        var runs = Runs_().Where(r => RegimeClaim.Regime(r) != "augmentation" || r.LearningRate == 0.1).ToList();

        var aug = RegimeClaim.Analyze(ClaimCatalog.C14, runs, Thresholds()).Verdicts[0];

        aug.Outcome.Should().Be(VerdictOutcome.Inconclusive);
        aug.Evidence.Should().StartWith("too few matched pairs (3, minimum 5)");
    }
}
