namespace RegionCount.Reports.Paper;

/// <summary>One hyperparameter configuration averaged over its seeds (the authors' aggregation).</summary>
/// <param name="WeightDecay">Weight decay of the configuration.</param>
/// <param name="Lr">Learning rate of the configuration.</param>
/// <param name="BatchSize">Batch size of the configuration.</param>
/// <param name="SubspaceDim">k of the k-simplex (dimension files only), else null.</param>
/// <param name="Seeds">How many runs (seeds) were averaged.</param>
/// <param name="MeanRegionCounts">Seed-mean region count at epochs 0, 10, …, 200.</param>
/// <param name="MeanTrainAcc">Seed-mean train accuracy (%).</param>
/// <param name="MeanTestAcc">Seed-mean test accuracy (%).</param>
public sealed record PaperGroup(
    double WeightDecay,
    double Lr,
    int BatchSize,
    int? SubspaceDim,
    int Seeds,
    IReadOnlyList<double> MeanRegionCounts,
    double MeanTrainAcc,
    double MeanTestAcc)
{
    /// <summary>Seed-mean region count after 200 epochs.</summary>
    public double MeanFinalRegionCount => MeanRegionCounts[^1];

    /// <summary>Seed-mean (train − test accuracy).</summary>
    public double MeanGap => MeanTrainAcc - MeanTestAcc;

    /// <summary>Seed-mean (100 − test accuracy).</summary>
    public double MeanTestError => 100 - MeanTestAcc;
}
