namespace RegionCount.Theory;

/// <summary>The outcome of the T1 simulation, as data for tests and the report.</summary>
/// <param name="Design">What was run.</param>
/// <param name="ReferenceSharpness">λ̄₀: median over seeds of λ_max at initialization; η = κ·2/λ̄₀.</param>
/// <param name="Runs">Every run.</param>
/// <param name="Levels">Per-level summaries, in κ order.</param>
/// <param name="DecreasingTrendP">Jonckheere–Terpstra permutation p for sign changes decreasing in η (converged runs).</param>
/// <param name="IncreasingTrendP">The same test in the opposite direction.</param>
/// <param name="DecreasingTrendPAtEnd">Exploratory: the decreasing test over every run that did not diverge.</param>
public sealed record StabilityResult(
    StabilityDesign Design,
    double ReferenceSharpness,
    IReadOnlyList<StabilityRun> Runs,
    IReadOnlyList<StabilityLevel> Levels,
    double DecreasingTrendP,
    double IncreasingTrendP,
    double DecreasingTrendPAtEnd)
{
    public IEnumerable<StabilityRun> Converged => Runs.Where(r => r.Status == RunStatus.Converged);
}
