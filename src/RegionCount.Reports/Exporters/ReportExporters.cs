namespace RegionCount.Reports.Exporters;

/// <summary>One output format of a report: a name and how it writes a model into a folder (returning the main file).</summary>
public sealed record ReportExporter(string Name, Func<ReportModel, string, string> Write);

/// <summary>The exporter list: every report is written in each of these formats. A new format joins here.</summary>
public static class ReportExporters
{
    public static IReadOnlyList<ReportExporter> All { get; } =
    [
        new("markdown", MarkdownReportExporter.Write),
        new("html", HtmlReportExporter.Write),
        new("verdicts (json, csv)", VerdictDataExporter.Write),
    ];

    /// <returns>The main file of every format, in list order.</returns>
    public static IReadOnlyList<string> WriteAll(ReportModel model, string folder)
    {
        ArgumentNullException.ThrowIfNull(model);
        return [.. All.Select(e => e.Write(model, folder))];
    }
}
