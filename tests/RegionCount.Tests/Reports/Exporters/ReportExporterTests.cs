using FluentAssertions;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using RegionCount.Reports.Tables;
using Xunit;

namespace RegionCount.Tests.Reports.Exporters;

public sealed class ReportExporterTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("rc-report");

    public void Dispose() => _folder.Delete(recursive: true);

    private static ReportModel Model()
    {
        var verdicts = new MetricTable("verdicts", "Verdicts", [
            new MetricColumn("claim", "claim"), new MetricColumn("ours", "ours", Decimals: 3), new MetricColumn("verdict", "verdict"),
        ]).Add("C1", 0.912, "reproduced");
        var figure = new ReportFigure("c1-scatter", "Region count vs gap",
            SvgFigures.ScatterWithFit("RC vs gap", "gap (%)", "region count", [new Series("mlp", [1.0, 2.0, 3.0], [2.0, 2.5, 3.5])]));
        var labels = new int[,] { { 0, 1 }, { -1, 2 } };
        var map = new ReportFigure("c5-map", "Decision regions", SvgFigures.LabelMap("map", labels));
        return new ReportModel("RegionCount report", "smoke", [("OS", "Debian"), ("device", "cpu")],
            [("Scope", "Claims C1 and C3.")], verdicts,
            [new ReportSection("C1", "C1: region count vs gap", ["A paragraph."], [verdicts], [figure, map])],
            [("lines", "training pairs")]);
    }

    [Fact]
    public void Markdown_has_environment_summary_verdicts_sections_figures_and_settings()
    {
        var text = MarkdownReportExporter.Render(Model());

        text.Should().StartWith("# RegionCount report\n");
        text.Should().Contain("| OS | Debian |").And.Contain("**Scope.** Claims C1 and C3.").And.Contain("| C1 | 0.912 | reproduced |");
        text.Should().Contain("![Region count vs gap](figures/c1-scatter.svg)").And.Contain("| lines | training pairs |");
    }

    [Fact]
    public void Writing_puts_the_figures_beside_the_report()
    {
        MarkdownReportExporter.Write(Model(), _folder.FullName);

        File.ReadAllText(Path.Combine(_folder.FullName, "figures", "c1-scatter.svg")).Should().Contain("<svg");
        File.Exists(Path.Combine(_folder.FullName, "figures", "c5-map.svg")).Should().BeTrue();
    }

    [Fact]
    public void Html_is_self_contained_with_inline_svg_and_no_external_resources()
    {
        var html = HtmlReportExporter.Render(Model());

        html.Should().StartWith("<!DOCTYPE html>").And.Contain("<style>").And.Contain("<table>");
        html.Should().Contain("<svg").And.NotContain("<img").And.NotContain("<script").And.NotContain("<link");
        html.Should().NotContain("<?xml");
        html.Split("<svg").Length.Should().Be(3, "both figures are inlined");
    }

    [Fact]
    public void Least_squares_recovers_a_known_line()
    {
        var (slope, intercept) = SvgFigures.LeastSquares([0.0, 1.0, 2.0, 3.0], [1.0, 3.0, 5.0, 7.0]);

        slope.Should().BeApproximately(2.0, 1e-12);
        intercept.Should().BeApproximately(1.0, 1e-12);
    }
}
