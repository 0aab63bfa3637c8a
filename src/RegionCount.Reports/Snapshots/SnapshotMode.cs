namespace RegionCount.Reports.Snapshots;

/// <summary>How numbers in a snapshot are compared.</summary>
public enum SnapshotMode
{
    /// <summary>The printed text must match exactly: tables computed from committed run records.</summary>
    Exact,

    /// <summary>Numbers may differ by their column's measured tolerance (expected/&lt;profile&gt;/tolerances.json),
    /// text cells (verdicts) never: tables of runs trained in the test run, whose last digits depend on the
    /// processor and numeric mode.</summary>
    Band,
}
