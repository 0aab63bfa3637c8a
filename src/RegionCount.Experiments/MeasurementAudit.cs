namespace RegionCount.Experiments;

/// <summary>
/// Finds stored records that a sweep counted as completed although they lack planned region counts (e.g. a run resumed
/// by an executor that lost the counts measured before its checkpoint). Reads only; it never changes a record.
/// Diverged and failed records are not audited (they end before their plan does), nor records the plan does not hold.
/// </summary>
public static class MeasurementAudit
{
    /// <summary>The completed records of <paramref name="plan"/>'s runs that lack a planned count, in plan order.</summary>
    public static IReadOnlyList<IncompleteRecord> Find(SweepPlan plan, IEnumerable<RunRecord> records)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(records);
        var completed = records.Where(r => r.Status == RunStatus.Completed)
            .ToDictionary(r => r.Fingerprint, StringComparer.Ordinal);
        return [.. plan.Runs
            .Where(run => completed.ContainsKey(run.Fingerprint))
            .Select(run => new IncompleteRecord(run, PlannedMeasurements.Missing(run.Config, completed[run.Fingerprint].RegionCounts)))
            .Where(r => r.Missing.Count > 0)];
    }
}
