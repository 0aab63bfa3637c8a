using System.Text.RegularExpressions;
using FluentAssertions;
using RegionCount.Reports.Figures;
using Xunit;

namespace RegionCount.Tests.Reports.Figures;

public sealed class SvgFiguresTests
{
    private static readonly Series[] A = [new("a", [1, 2, 3], [2, 3, 5])];
    private static readonly Series[] B = [new("b", [1, 2, 3, 4], [4, 1, 3, 2])];

    [Fact]
    public void The_same_figure_gives_the_same_text_whatever_was_drawn_before()
    {
        var first = SvgFigures.ScatterWithFit("t", "x", "y", A);
        _ = SvgFigures.ScatterWithFit("u", "x", "y", B);
        var again = SvgFigures.ScatterWithFit("t", "x", "y", A);

        again.Should().Be(first);
        first.Should().Contain("clip-path=\"url(#c");
    }

    [Fact]
    public void Different_figures_use_different_clip_ids_so_they_can_share_a_page()
    {
        var a = Ids(SvgFigures.ScatterWithFit("t", "x", "y", A));
        var b = Ids(SvgFigures.ScatterWithFit("u", "x", "y", B));

        a.Should().NotBeEmpty();
        a.Should().NotIntersectWith(b);
    }

    private static HashSet<string> Ids(string svg) =>
        Regex.Matches(svg, "id=\"([^\"]+)\"").Select(m => m.Groups[1].Value).ToHashSet(StringComparer.Ordinal);
}
