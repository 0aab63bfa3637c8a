namespace RegionCount.Experiments;

/// <summary>
/// One classifier family of a classifiers study (C16) and the values of its complexity knob: leaves per tree for the
/// trees and forests, the regularization λ for the linear models, k for k-NN (see <see cref="ClassifierFamily"/>). The
/// planner makes one run per family and seed; the run's record holds one row per setting.
/// </summary>
public sealed record ClassifierSpec
{
    public ClassifierFamily? Family { get; init; }

    /// <summary>The complexity settings, one row each (integers for leaves and k).</summary>
    public IReadOnlyList<double>? Settings { get; init; }

    /// <summary>random-forest only: trees per class (one versus all).</summary>
    public int? Trees { get; init; }

    /// <summary>decision-tree and random-forest, optional: histogram bins per feature (default 255, the libraries' own;
    /// fewer keep LightGBM's per-leaf histograms within memory on 3,072 features).</summary>
    public int? Bins { get; init; }

    /// <summary>linear-svm: passes over the training set.</summary>
    public int? Iterations { get; init; }

    /// <summary>The knob the settings are values of, as the report names it.</summary>
    public static string Knob(ClassifierFamily family) => family switch
    {
        ClassifierFamily.DecisionTree or ClassifierFamily.RandomForest => "leaves",
        ClassifierFamily.LogisticRegression or ClassifierFamily.LinearSvm => "λ",
        ClassifierFamily.Knn => "k",
        _ => throw new ArgumentOutOfRangeException(nameof(family), family, "not a classifier family"),
    };
}
