namespace RegionCount.Reports.Snapshots;

/// <summary>How numbers in a snapshot are compared.</summary>
public enum SnapshotMode
{
    /// <summary>The printed text must match exactly (CPU runs: bit-reproducible).</summary>
    Exact,

    /// <summary>Numbers may differ by each column's tolerance (GPU runs, or CPUs of another kind).</summary>
    Band,
}
