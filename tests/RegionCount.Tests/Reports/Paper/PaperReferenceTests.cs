using FluentAssertions;
using RegionCount.Reports.Paper;
using Xunit;

namespace RegionCount.Tests.Reports.Paper;

public sealed class PaperReferenceTests
{
    [Fact]
    public void Every_reference_file_is_embedded_and_readable()
    {
        // /work/shared/paper/reference holds 36 CSVs and a README (copied into Paper/Reference); C16 adds the authors'
        // tasks/ml files as one CSV.
        PaperReference.Files.Should().HaveCount(39).And.Contain("README.md").And.Contain("cifar10_classifiers.csv");
        foreach (var net in PaperReference.Networks)
        {
            PaperReference.Grid(net).Should().NotBeEmpty(net);
            PaperReference.Cifar100Grid(net).Should().NotBeEmpty(net);
        }

        PaperReference.Mixup().Should().HaveCount(73);
        PaperReference.ParamMeasures().Should().HaveCount(27);
    }

    [Fact]
    public void Grid_rows_are_read_with_all_21_epochs_and_the_hyperparameters()
    {
        // First data line of cifar10_grid_Resnet18.csv: rc_epoch_0 = 1.89, rc_epoch_200 = 2.72, test 83.18, wd 1e-5, lr 0.1, bs 256.
        var runs = PaperReference.Grid("resnet18");
        var first = runs[0];

        runs.Should().HaveCount(81);
        first.RegionCounts.Should().HaveCount(21);
        first.RegionCountAt(0).Should().Be(1.89);
        first.FinalRegionCount.Should().Be(2.72);
        first.Should().Match<PaperRun>(r => r.TrainAcc == 100 && r.TestAcc == 83.18 && r.WeightDecay == 1e-5 && r.Lr == 0.1 && r.BatchSize == 256);
        first.SubspaceDim.Should().BeNull();
    }

    [Fact]
    public void Dimension_rows_carry_the_subspace_dimension()
    {
        PaperReference.Dimension("ResNet18").Select(r => r.SubspaceDim).Distinct().Should().BeEquivalentTo(new int?[] { 2, 3, 4, 5 });
    }

    [Fact]
    public void An_unknown_net_lists_the_available_ones()
    {
        var act = () => PaperReference.LrSweep("VGG19");

        act.Should().Throw<ArgumentException>().WithMessage("net: no cifar10_lr_sweep results for 'VGG19'; available: EfficientNetB0, Resnet18, SENet18*");
    }

    [Theory]
    [InlineData("decision-tree", 58, 0.962, 2.27, 7.16)]
    [InlineData("random-forest", 60, 0.981, 3.43, 10.85)]
    [InlineData("knn", 64, -0.528, 4.87, 9.91)]
    [InlineData("svm", 16, -0.601, 2.70, 4.58)]
    [InlineData("logistic-regression", 16, 0.696, 2.24, 2.28)]
    public void The_authors_classifier_files_give_the_correlations_issue_18_quotes(string model, int rows, double r, double rcMin, double rcMax)
    {
        // Issue 18 (C16) quotes r, n and the count range of the authors' tasks/ml files (dt, rf, knn, svm, lr .txt);
        // the counts range and r are recomputed here from the embedded copy, r to the 3 digits quoted.
        var runs = PaperReference.Classifiers().Where(c => c.Model == model).ToList();

        runs.Should().HaveCount(rows);
        runs.Min(c => c.RegionCount).Should().Be(rcMin);
        runs.Max(c => c.RegionCount).Should().Be(rcMax);
        PaperAnalysis.ClassifierCorrelation(model).Estimate.Should().BeApproximately(r, 0.0005);
    }
}
