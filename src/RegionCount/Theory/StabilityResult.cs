namespace RegionCount.Theory;

/// <summary>The outcome of the T1 simulation: every run, as data for the study record (its per-level summary and trend
/// tests are the T1 analysis's, in RegionCount.Reports).</summary>
/// <param name="Design">What was run.</param>
/// <param name="ReferenceSharpness">λ̄₀: median over seeds of λ_max at initialization; η = κ·2/λ̄₀.</param>
/// <param name="Runs">Every run.</param>
public sealed record StabilityResult(StabilityDesign Design, double ReferenceSharpness, IReadOnlyList<StabilityRun> Runs)
{
    public IEnumerable<StabilityRun> Converged => Runs.Where(r => r.Status == RunStatus.Converged);
}
