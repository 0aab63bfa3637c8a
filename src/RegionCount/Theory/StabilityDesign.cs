namespace RegionCount.Theory;

/// <summary>
/// The design of the T1 simulation, fixed from the theory before any result is seen (a profile's stability study:
/// Execution.StudyRunner.Design).
/// Learning rates are multiples κ of 2/λ̄₀, where λ̄₀ is the median over seeds of the top Hessian eigenvalue at
/// initialization: κ &lt; 1 starts inside the stable region, κ &gt; 1 forces GD to leave the initial basin (or
/// diverge). Every seed is trained at every level from the same initialization (a paired design).
/// </summary>
/// <param name="Points">Data points, evenly spaced on t ∈ [−1, 1].</param>
/// <param name="BlockSize">Labels ±1 alternate in blocks of this many points.</param>
/// <param name="Dimension">Input dimension (1, or the line embedded by a random isometry).</param>
/// <param name="OffsetNorm">Norm of the line's offset from the origin (0 in 1-D).</param>
/// <param name="Width">Hidden units m.</param>
/// <param name="Kappas">Learning-rate levels as multiples of 2/λ̄₀, increasing.</param>
/// <param name="Seeds">Initialization seeds.</param>
/// <param name="MaxSteps">Step budget of full-batch GD.</param>
/// <param name="GradientTolerance">Converged when the gradient norm ≤ this …</param>
/// <param name="LossTolerance">… or the loss ≤ this.</param>
/// <param name="BlowUpLoss">Diverged when the loss is not finite or exceeds this.</param>
/// <param name="CheckEvery">Status is checked every this many steps.</param>
/// <param name="DataSeed">Seed of the isometry and offset.</param>
public sealed record StabilityDesign(
    int Points,
    int BlockSize,
    int Dimension,
    double OffsetNorm,
    int Width,
    IReadOnlyList<double> Kappas,
    IReadOnlyList<long> Seeds,
    int MaxSteps,
    double GradientTolerance,
    double LossTolerance,
    double BlowUpLoss,
    int CheckEvery,
    long DataSeed);
