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
    double MixupAlpha);
