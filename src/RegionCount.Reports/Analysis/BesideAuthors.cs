using RegionCount.Reports.Claims;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>Our correlation as the cells of a table that sets it beside the authors' numbers (C2's re-runs, C15's
/// readings, C19's large learning rates): the estimate, its bootstrap interval and N, the same in every such table.</summary>
internal static class BesideAuthors
{
    public static IReadOnlyList<MetricColumn> Columns(int minimum) =>
    [
        Analysis.Columns.Correlation("r", "Pearson r (ours)"),
        Analysis.Columns.Correlation("r_lo", "r 95% low", $"seeded percentile bootstrap over configurations ({CorrelationEvidence.Resamples} resamples); — below {minimum} configurations"),
        Analysis.Columns.Correlation("r_hi", "r 95% high"),
        Analysis.Columns.Count("configs", "configs", "configurations (seed means) correlated"),
    ];

    public static object?[] Cells(CorrelationEvidence e) => [CorrelationEvidence.Cell(e.Estimate), CorrelationEvidence.Cell(e.Low), CorrelationEvidence.Cell(e.High), e.N];

    /// <summary>The cells of a correlation verdict, or empty cells (N 0) for a subject without one.</summary>
    public static object?[] Cells(Verdict? v) => v is null
        ? [null, null, null, 0]
        : [CorrelationEvidence.Cell(v.Value), CorrelationEvidence.Cell(v.Low), CorrelationEvidence.Cell(v.High), v.N];
}
