namespace RegionCount.Theory;

/// <summary>One learning-rate level of the T1 simulation, over seeds (intervals over converged runs only).</summary>
public sealed record StabilityLevel(
    int Level,
    double Kappa,
    double Eta,
    int Converged,
    int Diverged,
    int NotConverged,
    Interval SignChanges,
    Interval StabilityRatio,
    double MaxStabilityRatio,
    double MeanTrainErrors);
