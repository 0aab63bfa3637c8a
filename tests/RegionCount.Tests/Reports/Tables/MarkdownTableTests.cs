using FluentAssertions;
using RegionCount.Reports.Tables;
using Xunit;

namespace RegionCount.Tests.Reports.Tables;

public sealed class MarkdownTableTests
{
    [Fact]
    public void Writes_fixed_precision_invariant_numbers_right_aligned_with_legends()
    {
        var table = new MetricTable("t", "Title", [
            new MetricColumn("a", "name"),
            new MetricColumn("b", "acc", Decimals: 2, Unit: "%", Legend: "test accuracy"),
        ]).Add("x|y", 12.345).Add(null, double.NaN);

        var text = MarkdownTable.Write(table);

        text.Should().Be(
            "### Title\n\n| name | acc (%) |\n|---|---:|\n| x\\|y | 12.35 |\n| — | NaN |\n\n- *acc (%)*: test accuracy\n");
    }

    [Fact]
    public void Negative_decimals_print_levels_without_trailing_zeros_and_stay_right_aligned()
    {
        var table = new MetricTable("t", "T", [new MetricColumn("level", "level", Decimals: -6)])
            .Add(16.0).Add(0.0158).Add(0.000316).Add(1e-7);

        MarkdownTable.Write(table).Should().Be("### T\n\n| level |\n|---:|\n| 16 |\n| 0.0158 |\n| 0.000316 |\n| 0 |\n");
    }

    [Fact]
    public void Split_row_undoes_the_pipe_escape()
    {
        MarkdownTable.SplitRow("| x\\|y | 12.35 |").Should().Equal("x|y", "12.35");
    }

    [Fact]
    public void A_row_of_the_wrong_width_is_rejected_with_the_table_name()
    {
        var table = new MetricTable("t", "T", [new MetricColumn("a", "a")]);

        var act = () => table.Add(1, 2);

        act.Should().Throw<ArgumentException>().WithMessage("table t: row has 2 cells, table has 1 columns*");
    }
}
