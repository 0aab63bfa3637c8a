using System.Diagnostics;
using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Regions;
using static TorchSharp.torch;

namespace RegionCount.Classifiers;

/// <summary>
/// One family of a classifiers study (C16) at each of its complexity settings: fit on the training split's flattened
/// pixels (normalized as the profile says, as the networks see them), accuracy on the training and the test split, and
/// the region count on the run's probes (the networks' estimator: the same probes, a label per point, regions counted by
/// <see cref="RegionMeter.Count"/>). One row per setting, in the columns of <see cref="StudyRows.Classifiers"/>.
/// </summary>
internal static class ClassifierStudy
{
    public static IReadOnlyList<IReadOnlyList<double>> Run(ClassifierSpec spec, LoadedDataset data, RegionMeter meter, long seed)
    {
        ArgumentNullException.ThrowIfNull(spec);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(meter);
        return spec.Family == ClassifierFamily.Knn ? Knn(spec, data, meter) : Library(spec, data, meter, seed);
    }

    private static List<IReadOnlyList<double>> Library(ClassifierSpec spec, LoadedDataset data, RegionMeter meter, long seed)
    {
        var train = LibraryClassifier.Rows(data.Train.Images, data.Train.Labels, data.Classes);
        var test = LibraryClassifier.Rows(data.Test.Images, data.Test.Labels, data.Classes);
        var trainLabels = Labels(data.Train);
        var testLabels = Labels(data.Test);
        var rows = new List<IReadOnlyList<double>>();
        foreach (var setting in spec.Settings!)
        {
            var clock = Stopwatch.StartNew();
            var model = LibraryClassifier.Fit(spec, setting, train, data.Classes, seed);
            double seconds = clock.Elapsed.TotalSeconds;
            var counts = meter.Count(ProbeEvaluator.Evaluate(meter.Probes, ScalarType.Float32, model.Predict));
            rows.Add(Row(setting, Accuracy(model.Predict(train), trainLabels), Accuracy(model.Predict(test), testLabels), counts.Summary, seconds));
        }
        return rows;
    }

    private static List<IReadOnlyList<double>> Knn(ClassifierSpec spec, LoadedDataset data, RegionMeter meter)
    {
        var clock = Stopwatch.StartNew();
        using var knn = new NearestNeighbours(data.Train.Images, data.Train.Labels, data.Classes);
        int largest = checked((int)spec.Settings!.Max());
        var onTrain = knn.Neighbours(data.Train.Images, largest);
        var onTest = knn.Neighbours(data.Test.Images, largest);
        var onProbes = ProbeEvaluator.Evaluate(meter.Probes, ScalarType.Float32, points => knn.Neighbours(points, largest));
        double seconds = clock.Elapsed.TotalSeconds; // k-NN fits nothing: the neighbour search, shared by every k
        var trainLabels = Labels(data.Train);
        var testLabels = Labels(data.Test);
        var rows = new List<IReadOnlyList<double>>();
        foreach (var setting in spec.Settings!)
        {
            int k = checked((int)setting);
            int[] Votes(int[][] neighbours) => [.. neighbours.Select(n => NearestNeighbours.Vote(n, k, data.Classes))];
            var counts = meter.Count(Votes(onProbes));
            rows.Add(Row(setting, Accuracy(Votes(onTrain), trainLabels), Accuracy(Votes(onTest), testLabels), counts.Summary, seconds));
        }
        return rows;
    }

    private static IReadOnlyList<double> Row(double setting, double train, double test, RegionSummary summary, double seconds) =>
        [setting, train, test, summary.Mean, summary.Ci95Low, summary.Ci95High, seconds];

    /// <summary>Percent of <paramref name="predicted"/> equal to <paramref name="labels"/>.</summary>
    internal static double Accuracy(IReadOnlyList<int> predicted, IReadOnlyList<int> labels)
    {
        ArgumentNullException.ThrowIfNull(predicted);
        ArgumentNullException.ThrowIfNull(labels);
        if (predicted.Count != labels.Count || labels.Count == 0)
        {
            throw new ArgumentException($"accuracy of {predicted.Count} predictions against {labels.Count} labels", nameof(predicted));
        }
        return 100.0 * predicted.Zip(labels).Count(p => p.First == p.Second) / labels.Count;
    }

    private static int[] Labels(ImageDataset split)
    {
        using var scope = NewDisposeScope();
        return split.Labels.to(int32).cpu().data<int>().ToArray();
    }
}
