namespace RegionCount.Reports.Analysis;

/// <summary>What a claim's analysis reads: the runs of the experiments the profile lists for it (planned runs
/// without a record appear with status "missing") and the profile's thresholds for it.</summary>
public sealed record ClaimInput(IReadOnlyList<ClaimRun> Runs, ClaimThresholds Thresholds);
