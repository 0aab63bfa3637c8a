using RegionCount.Reports.Claims;
using RegionCount.Reports.Exporters;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>What the analysis of one claim produced: verdicts (one per subject), the metric table the claim test
/// verifies as a snapshot, more tables and figures for the report, and prose.</summary>
public sealed record ClaimResult(
    ClaimDefinition Claim,
    IReadOnlyList<Verdict> Verdicts,
    MetricTable Table,
    IReadOnlyList<MetricTable> MoreTables,
    IReadOnlyList<ReportFigure> Figures,
    IReadOnlyList<string> Notes)
{
    /// <summary>The main table, then the others: every table the claim's snapshots and report show.</summary>
    public IReadOnlyList<MetricTable> Tables => [Table, .. MoreTables];
}
