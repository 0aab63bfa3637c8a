namespace RegionCount.Regions;

/// <summary>
/// Grid estimator against the exact count, per probe. <see cref="MeanMiss"/> = mean of (exact − grid) over
/// probes; <see cref="MissRate"/> = the fraction of probes on which the grid under-counts.
/// </summary>
public sealed record LineComparison(IReadOnlyList<int> Grid, IReadOnlyList<ExactLineResult> Exact)
{
    public double MeanMiss => Exact.Zip(Grid, (e, g) => (double)(e.Count - g)).Average();

    public double MissRate => Exact.Zip(Grid, (e, g) => e.Count > g ? 1.0 : 0.0).Average();

    /// <summary>Linear pieces walked by the exact counter over all probes.</summary>
    public int Pieces => Exact.Sum(e => e.Pieces);
}
