namespace RegionCount.Theory;

/// <summary>
/// The design of the T1 simulation, fixed from the theory before any result is seen.
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
/// <param name="StabilityTolerance">Converged runs must satisfy η·λ_max/2 ≤ 1 + this.</param>
/// <param name="Permutations">Permutations of the trend test.</param>
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
    long DataSeed,
    double StabilityTolerance,
    int Permutations)
{
    /// <summary>
    /// The smoke scale (seconds on 2 CPU cores): 16 points in 4 blocks of 4 (an interpolant needs ≥ 3 sign changes),
    /// embedded in 4-D with offset 0.5, width 32, κ ∈ {0.125, 0.25, 0.5, 1, 2, 4}, 8 seeds, 20 000 steps,
    /// converged at ‖∇L‖ ≤ 1e-5 or L ≤ 1e-8.
    /// </summary>
    public static StabilityDesign Smoke { get; } = new(
        Points: 16,
        BlockSize: 4,
        Dimension: 4,
        OffsetNorm: 0.5,
        Width: 32,
        Kappas: [0.125, 0.25, 0.5, 1, 2, 4],
        Seeds: [.. Enumerable.Range(0, 8).Select(i => (long)i)],
        MaxSteps: 20_000,
        GradientTolerance: 1e-5,
        LossTolerance: 1e-8,
        BlowUpLoss: 1e4,
        CheckEvery: 10,
        DataSeed: 2025,
        StabilityTolerance: 0.02,
        Permutations: 4000);

    /// <summary>The same design with 1-D inputs (no embedding, no offset).</summary>
    public StabilityDesign OneDimensional() => this with { Dimension = 1, OffsetNorm = 0 };
}
