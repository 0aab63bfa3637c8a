namespace RegionCount.Theory;

/// <summary>
/// One learning-rate level of the T1 simulation, over seeds (intervals over converged runs only). <c>Collapsed</c>
/// counts converged runs whose every hidden unit is dead on the data (f ≡ 0 there). The <c>AtEnd</c> intervals are
/// over every run that did not diverge (converged or stopped by the budget), measured where it stopped.
/// </summary>
public sealed record StabilityLevel(
    int Level,
    double Kappa,
    double Eta,
    int Converged,
    int Diverged,
    int NotConverged,
    int Collapsed,
    Interval SignChanges,
    Interval StabilityRatio,
    double MaxStabilityRatio,
    double MeanTrainErrors,
    Interval SignChangesAtEnd,
    Interval StabilityRatioAtEnd);
