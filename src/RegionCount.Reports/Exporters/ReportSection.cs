using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Exporters;

/// <summary>One section: prose, tables and figures.</summary>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<string> Paragraphs,
    IReadOnlyList<MetricTable> Tables, IReadOnlyList<ReportFigure> Figures);
