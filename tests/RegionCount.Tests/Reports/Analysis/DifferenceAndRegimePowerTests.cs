using FluentAssertions;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Paper;
using Xunit;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>The power beside C6/C7 (the D rule simulated under the paper's correlations), C14's paired comparisons (the
/// paired t test under the authors' change) and T1 (none: a theorem has no effect size).</summary>
public sealed class DifferenceAndRegimePowerTests
{
    [Fact]
    public void C6_s_alternative_is_the_authors_files_correlation_matrix()
    {
        var alternative = DifferencePower.SectionThree;
        var authors = PaperAnalysis.ParamMeasureCorrelations();

        alternative.Correlation.GetLength(0).Should().Be(5, "test error, count, distance, margin, normalized margin");
        alternative.Correlation[0, 2].Should().BeApproximately(authors["distance_from_init"].Estimate, 1e-12, "all 27 configurations join");
        alternative.Correlation[0, 3].Should().BeApproximately(authors["margin"].Estimate, 1e-12);
        alternative.Correlation[0, 4].Should().BeApproximately(authors["normalized_margin"].Estimate, 1e-12);
        alternative.RegionCount.Should().BeGreaterThan(alternative.BestMeasure, "in the authors' files the count correlates better");
    }

    [Fact]
    public void Without_a_difference_the_D_rule_rarely_says_reproduced_and_the_paper_s_difference_is_found_with_enough_configurations()
    {
        // The count and one measure equally correlated with the error (r 0.8 each, related only through it): D = 0.
        var none = new DifferenceAlternative("equal", "test", new[,] { { 1, 0.8, 0.8 }, { 0.8, 1, 0.64 }, { 0.8, 0.64, 1 } });

        DifferencePower.Rate(none, 27).Should().BeLessThan(0.06, "a one-sided 2.5 % tail with Monte-Carlo error");
        DifferencePower.Rate(DifferencePower.SectionThree, 81).Should().BeGreaterThan(DifferencePower.Rate(DifferencePower.SectionThree, 8));
    }

    [Fact]
    public void The_configurations_needed_for_80_percent_are_the_fewest_of_the_ladder_that_reach_it()
    {
        var alternative = DifferencePower.Further;
        var power = DifferencePower.ForVerdict(alternative, 8, 8);
        int needed = int.Parse(power.Needed!.Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);

        DifferencePower.Rate(alternative, needed).Should().BeGreaterThanOrEqualTo(VerdictPower.Target);
        int index = DifferencePower.Ladder.ToList().IndexOf(needed);
        if (index > 0)
        {
            DifferencePower.Rate(alternative, DifferencePower.Ladder[index - 1]).Should().BeLessThan(VerdictPower.Target);
        }
        power.Reproduced.Should().Be(DifferencePower.Rate(alternative, 8));
        power.NotReproducedIfNone.Should().Be(double.NaN, "not reproduced needs a better measure, not the absence of the effect");
        DifferencePower.ForVerdict(alternative, 5, 8).Reproduced.Should().Be(double.NaN, "below the minimum the rule does not judge");
        DifferencePower.ForVerdict(alternative, 5, 8).Needed.Should().Be(power.Needed);
    }

    [Fact]
    public void C7_s_alternative_has_the_paper_s_best_measure_related_to_the_count_only_through_the_error()
    {
        var further = DifferencePower.Further;

        further.BestMeasure.Should().Be(0.79);
        further.Correlation[1, 2].Should().BeApproximately(further.RegionCount * 0.79, 1e-12);
    }

    [Fact]
    public void The_authors_change_under_augmentation_and_mixup_comes_from_their_files()
    {
        RegimePower.PaperChange("augmentation").Should().BeInRange(-0.5, 0, "their augmented ResNet18 has fewer regions");
        RegimePower.PaperChange("mixup").Should().BeInRange(-0.5, 0);
        RegimePower.PaperChange("none").Should().BeNull();
    }

    [Fact]
    public void The_paired_simulation_holds_its_level_at_no_change_and_gains_power_with_pairs()
    {
        RegimePower.Simulate(0, 1, 10, 0.05).Should().BeInRange(0.02, 0.08);
        RegimePower.Simulate(-0.5, 1, 40, 0.05).Should().BeGreaterThan(RegimePower.Simulate(-0.5, 1, 10, 0.05));
    }

    [Fact]
    public void A_regime_comparison_carries_its_power_and_below_five_pairs_only_the_pairs_needed()
    {
        double[] none = [3, 3.2, 3.4, 3.1, 3.3, 3.0, 3.5, 3.2];
        double[] differences = [-0.5, -0.7, -0.4, -0.6, -0.9, -0.3, -0.5, -0.6];

        var power = RegimePower.Of("augmentation", differences, none, 0.05)!;
        var few = RegimePower.Of("augmentation", differences[..4], none[..4], 0.05)!;

        power.Reproduced.Should().BeInRange(0, 1);
        power.Needed.Should().EndWith(" pairs");
        power.Description.Should().Contain("their ResNet18 files").And.Contain("before Holm");
        few.Reproduced.Should().Be(double.NaN);
        few.Description.Should().StartWith("no power at 4 pairs");
        RegimePower.Of("augmentation", [-0.5, -0.5, -0.5, -0.5, -0.5], none[..5], 0.05).Should().BeNull("no spread to simulate with");
    }

    [Fact]
    public void T1_states_that_it_has_no_power_and_why()
    {
        StabilityClaim.NoPower.Reproduced.Should().Be(double.NaN);
        StabilityClaim.NoPower.Needed.Should().Be("not defined (no effect size)");
        StabilityClaim.NoPower.Description.Should().Contain("no effect size");
    }

    [Fact]
    public void C10_s_growth_alternative_comes_from_the_authors_dimension_file_and_C8_an_exact_check_has_no_power()
    {
        TrendAxis.Dimension.Increasing.Should().BeTrue();
        TrendAxis.Dimension.PaperChange.Should().BePositive("the authors' counts grow from 2-D to 5-D");
        TrendAxis.Dimension.PaperChangeSource.Should().StartWith("the authors' ResNet18 dimension file, k 2 → 5");
        InvarianceClaim.ExactCheck.Needed.Should().Be("not applicable (exact check)");
    }
}
