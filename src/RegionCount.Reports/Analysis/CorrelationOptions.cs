namespace RegionCount.Reports.Analysis;

/// <summary>
/// What <see cref="CorrelationClaim"/> correlates: which probe's count, against the gap or 100 − test accuracy, by
/// Pearson or Spearman. The defaults are C1's. Grouping other than by network (C11's optimizers, C18's early
/// epoch) is done on the runs before the analysis, see <see cref="ClaimRunViews"/>.
/// </summary>
public sealed record CorrelationOptions
{
    /// <summary>Judge by Spearman ρ instead of Pearson r (C12).</summary>
    public bool Rank { get; init; }

    /// <summary>The probe label whose final count is correlated (segment, ray, simplex-k).</summary>
    public string Probe { get; init; } = ClaimRun.Segment;

    /// <summary>Correlate against 100 − test accuracy instead of train − test accuracy (C9).</summary>
    public bool TestError { get; init; }

    /// <summary>The count's name in titles and axes.</summary>
    public string CountName { get; init; } = "region count";

    /// <summary>The count's name in figure captions.</summary>
    public string CountDescription { get; init; } = "final region count";

    /// <summary>What one row of the table is (the fit line of the figure is drawn per group).</summary>
    public string GroupName { get; init; } = "network";

    /// <summary>The authors' result file whose runs the figure shows beside ours for a network that has one
    /// ("cifar10_grid", "cifar100_grid"; <see cref="Paper.PaperReference.ForModel"/>): their seed-mean final count
    /// against the same quantity. Null: no paper points. Figures only; never part of a verdict.</summary>
    public string? PaperFile { get; init; }
}
