namespace RegionCount.Experiments;

/// <summary>A classifier that is not a neural network (C16), by its kebab-case name in profiles and records. Which
/// library trains it, and what its complexity setting means, is stated per member.</summary>
public enum ClassifierFamily
{
    /// <summary>One round of LightGBM's multiclass boosting (one tree per class, predicted label = argmax); setting: the
    /// most leaves a tree may grow (leaf-wise, depth unlimited).</summary>
    DecisionTree,

    /// <summary>ML.NET FastForest, one versus all; setting: the most leaves per tree (the number of trees is the spec's
    /// <see cref="ClassifierSpec.Trees"/>).</summary>
    RandomForest,

    /// <summary>ML.NET SDCA maximum entropy (multinomial logistic regression); setting: the L2 regularization λ.</summary>
    LogisticRegression,

    /// <summary>ML.NET LinearSvm (Pegasos), one versus all on raw scores; setting: the regularization λ.</summary>
    LinearSvm,

    /// <summary>k nearest neighbours (Euclidean, majority vote), written here on tensors; setting: k.</summary>
    Knn,
}
