using FluentAssertions;
using RegionCount.Statistics;
using Xunit;

namespace RegionCount.Tests.Statistics;

public sealed class MultipleTestingTests
{
    [Fact]
    public void Holm_matches_the_hand_computed_step_down()
    {
        // p = (0.01, 0.04, 0.03, 0.005), m = 4. Sorted: 0.005, 0.01, 0.03, 0.04; (m − j + 1) p(j) = 0.02, 0.03, 0.06, 0.04;
        // running maximum 0.02, 0.03, 0.06, 0.06. In input order: (0.03, 0.06, 0.06, 0.02).
        var adjusted = MultipleTesting.Holm([0.01, 0.04, 0.03, 0.005]);

        adjusted.Should().HaveCount(4);
        adjusted[0].Should().BeApproximately(0.03, 1e-15);
        adjusted[1].Should().BeApproximately(0.06, 1e-15);
        adjusted[2].Should().BeApproximately(0.06, 1e-15);
        adjusted[3].Should().BeApproximately(0.02, 1e-15);
    }

    [Fact]
    public void Benjamini_Hochberg_matches_the_hand_computed_step_up()
    {
        // Same p. m p(j) / j = 0.02, 0.02, 0.04, 0.04; running minimum from the top: 0.02, 0.02, 0.04, 0.04.
        // In input order: (0.02, 0.04, 0.04, 0.02).
        var adjusted = MultipleTesting.BenjaminiHochberg([0.01, 0.04, 0.03, 0.005]);

        adjusted[0].Should().BeApproximately(0.02, 1e-15);
        adjusted[1].Should().BeApproximately(0.04, 1e-15);
        adjusted[2].Should().BeApproximately(0.04, 1e-15);
        adjusted[3].Should().BeApproximately(0.02, 1e-15);
    }

    [Fact]
    public void NaN_stays_NaN_and_does_not_count_in_the_family()
    {
        // With a NaN inserted m is still 4, so the other entries are unchanged.
        var holm = MultipleTesting.Holm([0.01, double.NaN, 0.04, 0.03, 0.005]);
        var bh = MultipleTesting.BenjaminiHochberg([double.NaN, 0.01, 0.04, 0.03, 0.005]);

        holm[1].Should().Be(double.NaN);
        holm.Where(p => !double.IsNaN(p)).Should().Equal([0.03, 0.06, 0.06, 0.02], (a, b) => Math.Abs(a - b) < 1e-15);
        bh[0].Should().Be(double.NaN);
        bh.Skip(1).Should().Equal([0.02, 0.04, 0.04, 0.02], (a, b) => Math.Abs(a - b) < 1e-15);
        MultipleTesting.Holm([double.NaN]).Should().Equal(double.NaN);
        MultipleTesting.Holm([]).Should().BeEmpty();
    }

    [Fact]
    public void Adjusted_values_are_capped_at_one_and_monotone_in_p()
    {
        // Holm: 2·0.5 = 1, then max(1, 0.6) = 1. BH: 2·0.5/1 = 1 capped by min with 0.6·2/2 = 0.6 → 0.6, 0.6;
        // (0.9, 0.95, 0.99): 3·0.9/1 = 2.7, 3·0.95/2 = 1.425, 3·0.99/3 = 0.99 → running minimum from the top 0.99 (×3).
        // Ties get equal adjusted values: Holm (0.02, 0.02, 0.5) → 3·0.02 = 0.06, max(0.06, 2·0.02) = 0.06, max(0.06, 0.5) = 0.5.
        MultipleTesting.Holm([0.5, 0.6]).Should().Equal(1, 1);
        MultipleTesting.BenjaminiHochberg([0.5, 0.6]).Should().Equal(0.6, 0.6);
        MultipleTesting.BenjaminiHochberg([0.9, 0.95, 0.99]).Should().Equal([0.99, 0.99, 0.99], (a, b) => Math.Abs(a - b) < 1e-15);
        MultipleTesting.Holm([0.02, 0.5, 0.02]).Should().Equal([0.06, 0.5, 0.06], (a, b) => Math.Abs(a - b) < 1e-15);
    }

    [Fact]
    public void Values_outside_the_unit_interval_are_rejected()
    {
        ((Action)(() => MultipleTesting.Holm([0.1, 1.5]))).Should().Throw<ArgumentException>().WithMessage("pValues: value 1 is 1.5; a p-value must be in [0, 1]*");
        ((Action)(() => MultipleTesting.BenjaminiHochberg([-0.1]))).Should().Throw<ArgumentException>().WithMessage("pValues: value 0 is -0.1*");
    }
}
