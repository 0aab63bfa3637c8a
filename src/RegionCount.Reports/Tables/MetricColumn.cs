namespace RegionCount.Reports.Tables;

/// <summary>One declarative column of a metric table (BenchmarkDotNet style): id, header, unit, legend, format.</summary>
/// <param name="Id">Stable identifier (used in JSON/CSV exports).</param>
/// <param name="Header">Column header shown in reports.</param>
/// <param name="Decimals">Fixed precision for numbers (invariant culture); negative = at most that many decimals
/// without trailing zeros (levels: 16, 0.0158, 0.000316); ignored for text cells.</param>
/// <param name="Unit">Unit appended to the header, e.g. "%".</param>
/// <param name="Legend">One sentence explaining the column, printed under the table.</param>
/// <param name="Tolerance">
/// Absolute band within which a snapshot comparison accepts a changed number when runs are not bit-reproducible
/// (GPU). CPU runs compare the printed text exactly. 0 = exact always.
/// </param>
public sealed record MetricColumn(string Id, string Header, int Decimals = 3, string Unit = "", string Legend = "", double Tolerance = 0)
{
    /// <summary>The header as printed: "Header (unit)".</summary>
    public string Title => Unit.Length == 0 ? Header : $"{Header} ({Unit})";
}
