using RegionCount.Reports.Analysis;

namespace RegionCount.Reports.Assembly;

/// <summary>A claim's analysis together with what the profile expects of it.</summary>
/// <param name="Asserted">True when the profile asserts the claim (a verdict other than reproduced fails its test).</param>
/// <param name="Note">The profile's note on the claim, if any.</param>
public sealed record ClaimOutcome(ClaimResult Result, bool Asserted, string? Note, int PlannedRuns, int MissingRuns);
