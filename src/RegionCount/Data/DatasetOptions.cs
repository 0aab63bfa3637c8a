namespace RegionCount.Data;

/// <summary>
/// What <see cref="DatasetCatalog.Load"/> may vary. Null means the dataset's default.
/// </summary>
/// <param name="Seed">Seeds synthetic points, the training subset and the label noise.</param>
/// <param name="TrainSize">Synthetic: training examples (default 1000). Real: a stratified seeded subset of the training split (default all).</param>
/// <param name="TestSize">Synthetic: test examples (default 1000). Real: ignored (the whole test split).</param>
/// <param name="LabelNoise">Fraction of training labels flipped to another class (the test split stays clean).</param>
/// <param name="Noise">Synthetic 2-D sets: standard deviation of the Gaussian noise on the points.</param>
/// <param name="Classes">blobs, gaussian-mixture: number of classes; spirals: number of arms.</param>
/// <param name="Dimension">blobs, gaussian-mixture: input dimension.</param>
/// <param name="Separation">gaussian-mixture: distance between class means; blobs: std of each blob.</param>
/// <param name="CifarLabels">cifar100: fine (100) or coarse (20) labels.</param>
public sealed record DatasetOptions(
    int Seed = 0,
    int? TrainSize = null,
    int? TestSize = null,
    double LabelNoise = 0,
    double? Noise = null,
    int? Classes = null,
    int? Dimension = null,
    double? Separation = null,
    CifarLabels CifarLabels = CifarLabels.Fine)
{
    public const int DefaultSyntheticSize = 1000;
}
