namespace RegionCount.Reports.Tables;

/// <summary>One declarative column of a metric table (BenchmarkDotNet style): id, header, unit, legend, format.</summary>
/// <param name="Id">Stable identifier (used in JSON/CSV exports).</param>
/// <param name="Header">Column header shown in reports.</param>
/// <param name="Decimals">Fixed precision for numbers (invariant culture); negative = at most that many decimals
/// without trailing zeros (levels: 16, 0.0158, 0.000316); ignored for text cells.</param>
/// <param name="Unit">Unit appended to the header, e.g. "%".</param>
/// <param name="Legend">One sentence explaining the column, printed under the table.</param>
public sealed record MetricColumn(string Id, string Header, int Decimals = 3, string Unit = "", string Legend = "")
{
    /// <summary>The header as printed: "Header (unit)".</summary>
    public string Title => Unit.Length == 0 ? Header : $"{Header} ({Unit})";
}
