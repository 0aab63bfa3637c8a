namespace RegionCount.Theory;

/// <summary>One gradient-descent run of the T1 simulation, measured where it stopped.</summary>
/// <param name="Level">Index into the design's κ levels.</param>
/// <param name="Kappa">η as a multiple of 2/λ̄₀.</param>
/// <param name="Eta">The step size η.</param>
/// <param name="Seed">Initialization seed.</param>
/// <param name="Status">How the run ended.</param>
/// <param name="Steps">Steps taken.</param>
/// <param name="Loss">Final loss ½·mean((f − y)²).</param>
/// <param name="GradientNorm">Final gradient norm.</param>
/// <param name="TopEigenvalue">λ_max of the loss Hessian at the final point (NaN if diverged).</param>
/// <param name="SignChanges">Exact sign changes of f on [t₁, tₙ] (first to last data point); −1 if diverged.</param>
/// <param name="TrainErrors">Data points whose sign of f differs from the label.</param>
/// <param name="ActiveUnits">Hidden units active (pre-activation &gt; 0) on at least one data point; 0 = a dead network,
/// f constant 0 on the data, gradient exactly 0 (a trivially "stable" stationary point).</param>
public sealed record StabilityRun(
    int Level,
    double Kappa,
    double Eta,
    long Seed,
    RunStatus Status,
    int Steps,
    double Loss,
    double GradientNorm,
    double TopEigenvalue,
    int SignChanges,
    int TrainErrors,
    int ActiveUnits)
{
    /// <summary>η·λ_max/2: linear stability of GD at the final point requires ≤ 1.</summary>
    public double StabilityRatio => Eta * TopEigenvalue / 2;

    /// <summary>Regions along the data line: 1 + sign changes.</summary>
    public int RegionCount => SignChanges + 1;

    /// <summary>Every hidden unit is dead on the data.</summary>
    public bool Collapsed => ActiveUnits == 0;
}
