using FluentAssertions;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Figures;
using Xunit;

namespace RegionCount.Tests.Reports.Figures;

public sealed class ForestPlotTests
{
    [Theory]
    [InlineData("Pearson r over 27 configs: ResNet18 0.9844, EfficientNetB0 0.9801, SENet18 0.9814", "resnet18-w16", 0.9844)]
    [InlineData("Pearson r over 27 configs: ResNet18 0.9844, EfficientNetB0 0.9801, SENet18 0.9814", "senet18: r under mixup", 0.9814)]
    [InlineData("vs test acc: ResNet18 −0.966, ResNet34 −0.978, VGG19 −0.630", "vgg19", -0.630)]
    [InlineData("vs test acc: ResNet18 −0.966, ResNet34 −0.978, VGG19 −0.630", "resnet34", -0.978)]
    [InlineData("ResNet18 Spearman 0.954", "resnet18-w16", 0.954)]
    public void The_paper_point_is_the_number_the_claim_prints_for_that_network(string paper, string subject, double expected)
    {
        ForestPlot.PaperPoint(paper, subject).Should().Be(expected);
    }

    [Theory]
    [InlineData("ResNet18 0.978, VGG19 0.77", "mlp")]
    [InlineData("ResNet18 0.978, VGG19 0.77", "small-cnn")]
    [InlineData("ResNet180 0.5", "resnet18")]
    [InlineData("CIFAR-100 ResNet18, epoch 59: r 0.93", "resnet18")]
    public void No_paper_point_where_the_text_prints_none_for_the_network(string paper, string subject)
    {
        ForestPlot.PaperPoint(paper, subject).Should().Be(double.NaN);
    }

    [Fact]
    public void Only_correlation_verdicts_are_plotted()
    {
        VerdictRow Row(string claim, string statistic, double value) =>
            new(claim, "resnet18-w16", "ResNet18 0.9844", statistic, value, value - 0.1, Math.Min(1, value + 0.1), 12, "rule", "recorded", "inconclusive", "e")
            { ClaimedValue = 0.9, PaperPoint = 0.9844 };

        ForestPlot.Figure([Row("C3", "Page's L p (claimed direction)", 0.2)]).Should().BeNull();
        var figure = ForestPlot.Figure([Row("C1", "Pearson r", 0.8), Row("C12", "Spearman ρ", 0.7), Row("C3", "Page's L p (claimed direction)", 0.2)])!;

        figure.FileName.Should().Be(ForestPlot.FileName);
        figure.Svg.Should().Contain("C1 resnet18-w16").And.Contain("C12 resnet18-w16").And.NotContain("C3 resnet18-w16");
    }

    [Fact]
    public void Verdict_badges_are_coloured_circles_in_Markdown_and_styled_labels_in_HTML()
    {
        VerdictBadge.Markdown("not reproduced").Should().Be("🔴 not reproduced");
        VerdictBadge.Markdown("something else").Should().Be("something else");
        VerdictBadge.Html("<td>🟢 reproduced</td><td>⚪ inconclusive</td>")
            .Should().Be("<td><span class=\"badge reproduced\">reproduced</span></td><td><span class=\"badge inconclusive\">inconclusive</span></td>");
    }
}
