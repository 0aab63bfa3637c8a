namespace RegionCount.Reports.Paper;

/// <summary>One row of <c>cifar10_classifiers.csv</c>: one scikit-learn model the authors fitted on flattened CIFAR-10
/// pixels (C16), with its mean region count and its accuracies as fractions.</summary>
/// <param name="Model">decision-tree, random-forest, knn, svm or logistic-regression.</param>
public sealed record ClassifierRun(string Model, double RegionCount, double TrainAcc, double TestAcc)
{
    /// <summary>(train − test) · 100, the authors' gap.</summary>
    public double Gap => (TrainAcc - TestAcc) * 100;
}
