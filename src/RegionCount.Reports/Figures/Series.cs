namespace RegionCount.Reports.Figures;

/// <summary>One named series of points, with optional symmetric or asymmetric error bars (interval ends).</summary>
public sealed record Series(string Name, IReadOnlyList<double> X, IReadOnlyList<double> Y,
    IReadOnlyList<double>? Low = null, IReadOnlyList<double>? High = null)
{
    /// <summary>Validates lengths; throws naming the series.</summary>
    public Series Checked()
    {
        if (X.Count != Y.Count || (Low is not null && Low.Count != X.Count) || (High is not null && High.Count != X.Count))
        {
            throw new ArgumentException($"series {Name}: x, y and interval lengths differ");
        }
        return this;
    }
}
