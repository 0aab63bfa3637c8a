namespace RegionCount.Experiments;

/// <summary>One point of a grid: the training settings of one run.</summary>
public sealed record RunHyperparameters(
    double LearningRate,
    int BatchSize,
    double WeightDecay,
    string Optimizer,
    double Momentum,
    string Schedule,
    int Epochs,
    string Augmentation,
    double MixupAlpha)
{
    /// <summary>The settings of a study run: nothing is trained by the main recipe (epochs 0).</summary>
    public static RunHyperparameters None { get; } = new(0, 0, 0, "none", 0, "none", 0, "none", 0);
}
