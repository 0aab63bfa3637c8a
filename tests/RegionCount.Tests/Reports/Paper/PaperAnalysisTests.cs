using FluentAssertions;
using RegionCount.Reports.Paper;
using RegionCount.Statistics;
using Xunit;

namespace RegionCount.Tests.Reports.Paper;

// Expected values: /work/shared/paper/CLAIMS.md and Reference/README.md (the authors' numbers as quoted by the
// project, produced outside this code base). Tolerance = half a unit of the last printed digit.
public sealed class PaperAnalysisTests
{
    public static readonly TheoryData<string, double> GridR = new()
    {
        { "ResNet18", 0.9844 }, { "EfficientNetB0", 0.9801 }, { "SENet18", 0.9814 }, { "ResNet34", 0.9751 }, { "VGG19", 0.9377 },
        { "MobileNet", 0.9490 }, { "ShuffleNetV2", 0.9526 }, { "RegNetX_200MF", 0.9797 }, { "SimpleDLA", 0.9832 },
    };

    [Theory]
    [MemberData(nameof(GridR))]
    public void C1_C2_grid_correlation_matches_the_published_value_to_4_decimals(string net, double expected)
    {
        var result = PaperAnalysis.GridCorrelation(net);

        result.Estimate.Should().BeApproximately(expected, 0.00005);
        result.N.Should().Be(27);
    }

    [Fact]
    public void C3_lr_sweep_seed_means_match_to_3_decimals()
    {
        var groups = PaperAnalysis.Aggregate(PaperReference.LrSweep("ResNet18"));

        groups.Select(g => g.Lr).Should().Equal(0.001, 0.005, 0.01, 0.05, 0.1);
        groups.Should().OnlyContain(g => g.Seeds == 3 && g.BatchSize == 256 && g.WeightDecay == 5e-4);
        groups.Select(g => g.MeanFinalRegionCount).Should().Equal([3.827, 2.903, 2.763, 2.703, 2.717], (a, e) => Math.Abs(a - e) < 0.0005);
    }

    [Fact]
    public void C4_batch_sweep_seed_means_match_to_3_decimals()
    {
        var groups = PaperAnalysis.Aggregate(PaperReference.BatchSweep("ResNet18"));

        groups.Select(g => g.BatchSize).Should().Equal(32, 64, 128, 256, 512, 1024);
        groups.Should().OnlyContain(g => g.Seeds == 3 && g.Lr == 0.01);
        groups.Select(g => g.MeanFinalRegionCount).Should().Equal([2.613, 2.700, 2.607, 2.763, 2.930, 3.027], (a, e) => Math.Abs(a - e) < 0.0005);
    }

    [Fact]
    public void C3_on_the_grid_lr_0_001_has_more_regions_than_lr_0_1_in_9_of_9_cells_for_every_net()
    {
        foreach (var net in PaperReference.Networks)
        {
            var groups = PaperAnalysis.Aggregate(PaperReference.Grid(net));
            var low = groups.Where(g => g.Lr == 0.001).ToDictionary(g => (g.WeightDecay, g.BatchSize), g => g.MeanFinalRegionCount);
            var high = groups.Where(g => g.Lr == 0.1).ToDictionary(g => (g.WeightDecay, g.BatchSize), g => g.MeanFinalRegionCount);

            low.Keys.Should().BeEquivalentTo(high.Keys, net);
            low.Should().HaveCount(9, net);
            low.Should().OnlyContain(kv => kv.Value > high[kv.Key], net);
        }
    }

    [Fact]
    public void C10_dimension_correlations_and_count_ranges_match()
    {
        var r = PaperAnalysis.DimensionCorrelations("ResNet18");
        var groups = PaperAnalysis.Aggregate(PaperReference.Dimension("ResNet18"));
        double Min(int k) => groups.Where(g => g.SubspaceDim == k).Min(g => g.MeanFinalRegionCount);
        double Max(int k) => groups.Where(g => g.SubspaceDim == k).Max(g => g.MeanFinalRegionCount);

        r.Keys.Should().Equal(2, 3, 4, 5);
        r.Values.Select(v => v.Estimate).Should().Equal([0.961, 0.969, 0.972, 0.963], (a, e) => Math.Abs(a - e) < 0.0005);
        r.Values.Should().OnlyContain(v => v.N == 27);
        // CLAIMS.md: 2-D 3.7–5.4, 5-D 17.7–32.9 (one decimal).
        Min(2).Should().BeApproximately(3.7, 0.05);
        Max(2).Should().BeApproximately(5.4, 0.05);
        Min(5).Should().BeApproximately(17.7, 0.05);
        Max(5).Should().BeApproximately(32.9, 0.05);
        // Counts grow with k within every configuration (the ranges of k = 3 and 4 overlap across configurations).
        foreach (var config in groups.GroupBy(g => (g.WeightDecay, g.Lr, g.BatchSize)))
        {
            config.OrderBy(g => g.SubspaceDim).Select(g => g.MeanFinalRegionCount).Should().BeInAscendingOrder(config.Key.ToString());
        }
    }

    [Fact]
    public void C6_parameter_measures_correlate_as_published()
    {
        var r = PaperAnalysis.ParamMeasureCorrelations();

        r["distance_from_init"].Estimate.Should().BeApproximately(0.74, 0.005);
        r["margin"].Estimate.Should().BeApproximately(0.60, 0.005);
        r["normalized_margin"].Estimate.Should().BeApproximately(0.16, 0.005);
        r.Values.Should().OnlyContain(v => v.N == 27);
        r.Values.Should().OnlyContain(v => v.Estimate < PaperAnalysis.GridCorrelation("ResNet18").Estimate);
    }

    /// <summary>The evidence for C6's γ/d: the authors' normalized_margin is margin / distance_from_init in 25 of the 27
    /// rows (to the last bit); the other two, lr 0.001 and batch 1024 at wd 1e-7 and 1e-5 (file lines 10 and 14), are
    /// 21 % off, their ratio implying a distance of about 57.4 instead of the 47.5 and 47.4 the rows hold.</summary>
    [Fact]
    public void C6_the_authors_normalized_margin_is_their_margin_over_their_distance_from_initialization()
    {
        var runs = PaperReference.ParamMeasures();
        var off = runs.Where(r => Math.Abs((r.Margin / r.DistanceFromInit / r.NormalizedMargin) - 1) > 1e-12).ToList();

        runs.Should().HaveCount(27);
        off.Select(r => (r.Lr, r.BatchSize, r.WeightDecay)).Should().BeEquivalentTo([(0.001, 1024, 1e-7), (0.001, 1024, 1e-5)]);
        off.Select(r => r.Margin / r.NormalizedMargin).Should().OnlyContain(d => d > 57.3 && d < 57.6);
    }

    [Fact]
    public void C14_augmentation_and_mixup_correlate_and_lower_the_count()
    {
        var aug = PaperAnalysis.Aggregate(PaperReference.Augmentation());
        var mixup = PaperAnalysis.Aggregate(PaperReference.Mixup());
        var none = PaperAnalysis.Aggregate(PaperReference.Grid("ResNet18"));

        PaperAnalysis.AugmentationCorrelation().Estimate.Should().BeApproximately(0.96, 0.005);
        PaperAnalysis.MixupCorrelation().Estimate.Should().BeApproximately(0.97, 0.005);
        PaperAnalysis.MeanFinalRegionCount(aug).Should().BeApproximately(2.72, 0.005);
        PaperAnalysis.MeanFinalRegionCount(mixup).Should().BeApproximately(2.66, 0.005);
        PaperAnalysis.MeanFinalRegionCount(none).Should().BeApproximately(3.31, 0.005);
    }

    public static readonly TheoryData<string, double> Cifar100R = new()
    {
        { "ResNet18", -0.966 }, { "ResNet34", -0.978 }, { "VGG19", -0.630 }, { "MobileNet", -0.949 },
    };

    [Theory]
    [MemberData(nameof(Cifar100R))]
    public void C9_cifar100_correlation_with_test_accuracy_matches_to_3_decimals(string net, double expected)
    {
        PaperAnalysis.Cifar100Correlation(net).Estimate.Should().BeApproximately(expected, 0.0005);
    }

    [Fact]
    public void C18_early_count_on_cifar100_is_computed_but_does_not_give_the_quoted_0_93()
    {
        // CLAIMS.md quotes r 0.93 at "epoch 59" for ResNet18 on CIFAR-100. From the reference file, the count at
        // rc_epoch_60 gives 0.893 against final 100 − test accuracy (0.181 against train − test); the final count
        // gives 0.966 (C9). Pinned as found, not tuned: the quoted number probably comes from another file or epoch.
        PaperAnalysis.EarlyEpochCorrelation("ResNet18", 60).Estimate.Should().BeApproximately(0.8926, 0.0005);
        PaperAnalysis.EarlyEpochCorrelation("ResNet18", 200).Estimate.Should().BeApproximately(0.966, 0.0005);
        var act = () => PaperAnalysis.EarlyEpochCorrelation("ResNet18", 59);
        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("*0, 10, …, 200*");
    }

    [Fact]
    public void C5_teaser_correlation_is_0_98()
    {
        var runs = PaperReference.Teaser();

        runs.Should().HaveCount(15).And.OnlyContain(r => r.LineMode == "train_pairs" && r.WeightDecay == 1e-6);
        Correlation.Pearson(runs.Select(r => r.FinalRegionCount).ToArray(), runs.Select(r => r.Gap).ToArray())
            .Estimate.Should().BeApproximately(0.98, 0.005);
    }

    [Fact]
    public void Aggregation_averages_every_column_over_seeds()
    {
        // Hand-made: two seeds of one configuration and one of another.
        double[] Rc(double v) => Enumerable.Repeat(v, 21).ToArray();
        PaperRun[] runs =
        [
            new(Rc(2), 100, 80, 1e-5, 0.1, 256), new(Rc(4), 99, 82, 1e-5, 0.1, 256), new(Rc(3), 100, 70, 1e-5, 0.01, 256),
        ];

        var groups = PaperAnalysis.Aggregate(runs);

        groups.Should().HaveCount(2);
        groups[1].Should().Match<PaperGroup>(g => g.Lr == 0.1 && g.Seeds == 2 && g.MeanFinalRegionCount == 3 && g.MeanTrainAcc == 99.5 && g.MeanTestAcc == 81);
        groups[1].MeanGap.Should().Be(18.5);
        groups[0].Seeds.Should().Be(1);
    }

    [Theory]
    [InlineData(false, 27, 0.837)]
    [InlineData(true, 36, 0.624)]
    public void C17_vit_correlation_is_0_837_over_27_configurations_and_0_624_with_lr_1e_3(bool withLargeLr, int configurations, double expected)
    {
        var (r, n) = PaperAnalysis.VitCorrelation(withLargeLr);

        n.Should().Be(configurations);
        r.N.Should().Be(configurations);
        r.Estimate.Should().BeApproximately(expected, 0.0005);
        PaperReference.Vit().Should().HaveCount(108).And.OnlyContain(v => v.TrainAcc <= 1 && v.TestAcc <= 1, "accuracies are fractions, as in the authors' file");
        PaperReference.Vit().GroupBy(v => (v.Lr, v.BatchSize, v.WeightDecay)).Should().HaveCount(36).And.OnlyContain(g => g.Count() == 3);
    }
}
