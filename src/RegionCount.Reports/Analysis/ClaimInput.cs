namespace RegionCount.Reports.Analysis;

/// <summary>What a claim's analysis reads: the runs of the experiments the profile lists for it (planned runs
/// without a record appear with status "missing") and the profile's thresholds for it.</summary>
public sealed record ClaimInput(IReadOnlyList<ClaimRun> Runs, ClaimThresholds Thresholds)
{
    /// <summary>The experiment ids the profile lists for the claim, in the profile's order (each run's
    /// <see cref="ClaimRun.Experiment"/> is one of them). C17 judges the first and describes them all.</summary>
    public IReadOnlyList<string> Experiments { get; init; } = [];
}
