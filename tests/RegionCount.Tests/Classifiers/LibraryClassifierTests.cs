using FluentAssertions;
using RegionCount.Classifiers;
using RegionCount.Experiments;
using RegionCount.Regions;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Classifiers;

/// <summary>The ML.NET classifiers on data whose answer is known: labels survive the round trip through ML.NET's key
/// columns, and a one-split tree has one label change on a segment that crosses its split and none on one that does
/// not, counted by the networks' region counter.</summary>
[Collection(TorchCollection.Name)]
public sealed class LibraryClassifierTests
{
    /// <summary>Three classes at the corners of a triangle, each linearly separable from the rest: 30 points each near
    /// (0, 0) → 0, (10, 0) → 1, (0, 10) → 2, as 1×1×2 images. Every coordinate value occurs at least 3 times, as
    /// LightGBM's bins need (min_data_in_bin 3: a value seen once may share a bin with the next class's values).</summary>
    private static (Tensor Images, Tensor Labels) ThreeClusters()
    {
        float[][] corners = [[0, 0], [10, 0], [0, 10]];
        var x = Enumerable.Range(0, 90).SelectMany(i => corners[i / 30].Select((c, d) => c + (float)((i % 10) * (d + 1) / 20.0))).ToArray();
        var y = Enumerable.Range(0, 90).Select(i => (long)(i / 30)).ToArray();
        return (tensor(x).reshape(90, 1, 1, 2), tensor(y));
    }

    [Theory]
    [InlineData(ClassifierFamily.DecisionTree, 3)]
    [InlineData(ClassifierFamily.RandomForest, 3)]
    [InlineData(ClassifierFamily.LogisticRegression, 0.001)]
    [InlineData(ClassifierFamily.LinearSvm, 0.001)]
    public void Every_library_family_classifies_separated_clusters_without_error(ClassifierFamily family, double setting)
    {
        var (images, labels) = ThreeClusters();
        var spec = new ClassifierSpec { Family = family, Settings = [setting], Trees = family == ClassifierFamily.RandomForest ? 5 : null, Iterations = 20 };

        var model = LibraryClassifier.Fit(spec, setting, LibraryClassifier.Rows(images, labels, 3), 3, seed: 1);

        // A label shifted by ML.NET's 1-based keys would miss every point.
        model.Predict(images).Should().Equal(labels.data<long>().ToArray().Select(l => (int)l));
    }

    [Fact]
    public void A_one_split_tree_changes_label_once_on_a_segment_across_its_split_and_never_on_one_beside_it()
    {
        // Two classes split at x = 5: a tree with two leaves per class needs one split, and its threshold lies between
        // the classes. Along x(α) = a + α(b − a) at 200 points the label runs are 2 across the split, 1 beside it.
        var x = Enumerable.Range(0, 40).Select(i => (float)(i < 20 ? i * 0.2 : 6 + (i * 0.2))).ToArray();
        var y = Enumerable.Range(0, 40).Select(i => (long)(i < 20 ? 0 : 1)).ToArray();
        using var images = tensor(x).reshape(40, 1, 1, 1);
        using var labels = tensor(y);
        var spec = new ClassifierSpec { Family = ClassifierFamily.DecisionTree, Settings = [2] };
        var tree = LibraryClassifier.Fit(spec, 2, LibraryClassifier.Rows(images, labels, 2), 2, seed: 1);

        Runs(tree, 0, 12).Should().Be(2);
        Runs(tree, 0, 2).Should().Be(1);
        Runs(tree, 9, 12).Should().Be(1);
    }

    private static int Runs(LibraryClassifier model, float a, float b)
    {
        using var scope = NewDisposeScope();
        var alpha = linspace(0, 1, 200, dtype: ScalarType.Float32);
        var points = (a + (alpha * (b - a))).reshape(200, 1, 1, 1);
        return RegionCounter.Count(model.Predict(points), [200], Connectivity.Face).Total;
    }
}
