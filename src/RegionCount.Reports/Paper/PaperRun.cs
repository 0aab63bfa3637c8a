namespace RegionCount.Reports.Paper;

/// <summary>One training run of the authors' published results (one CSV row).</summary>
/// <param name="RegionCounts">Mean region count measured before epochs 0, 10, …, 200 (21 values).</param>
/// <param name="TrainAcc">Running train-mode accuracy (%) of the last epoch.</param>
/// <param name="TestAcc">Test accuracy (%).</param>
/// <param name="WeightDecay">Weight decay.</param>
/// <param name="Lr">Learning rate.</param>
/// <param name="BatchSize">Batch size.</param>
/// <param name="SubspaceDim">k of the k-simplex (dimension files only), else null.</param>
/// <param name="LineMode">Line construction (teaser file only), else null.</param>
public sealed record PaperRun(
    IReadOnlyList<double> RegionCounts,
    double TrainAcc,
    double TestAcc,
    double WeightDecay,
    double Lr,
    int BatchSize,
    int? SubspaceDim = null,
    string? LineMode = null)
{
    /// <summary>The epochs at which <see cref="RegionCounts"/> were measured: 0, 10, …, 200.</summary>
    public static IReadOnlyList<int> Epochs { get; } = Enumerable.Range(0, 21).Select(i => i * 10).ToArray();

    /// <summary>The analysed value: the region count after 200 epochs.</summary>
    public double FinalRegionCount => RegionCounts[^1];

    /// <summary>Generalization gap, train − test accuracy (percentage points).</summary>
    public double Gap => TrainAcc - TestAcc;

    /// <summary>The region count measured before epoch <paramref name="epoch"/> (a multiple of 10 in 0..200).</summary>
    public double RegionCountAt(int epoch) =>
        epoch is >= 0 and <= 200 && epoch % 10 == 0
            ? RegionCounts[epoch / 10]
            : throw new ArgumentOutOfRangeException(nameof(epoch), epoch, $"epoch: must be one of 0, 10, ..., 200, got {epoch}");
}
