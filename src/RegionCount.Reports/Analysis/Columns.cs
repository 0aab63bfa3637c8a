using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>The columns claim tables share, with the tolerances a non-bit-reproducible (GPU) run is allowed.</summary>
internal static class Columns
{
    public static MetricColumn Model() => new("model", "model");

    public static MetricColumn Text(string id, string header, string legend = "") => new(id, header, Legend: legend);

    public static MetricColumn Count(string id, string header, string legend = "") =>
        new(id, header, Decimals: 0, Legend: legend);

    public static MetricColumn RegionCount(string id, string header, string legend = "") =>
        new(id, header, Decimals: 3, Legend: legend, Tolerance: 0.05);

    public static MetricColumn Correlation(string id, string header, string legend = "") =>
        new(id, header, Decimals: 3, Legend: legend, Tolerance: 0.1);

    public static MetricColumn PValue(string id, string header, string legend = "") =>
        new(id, header, Decimals: 4, Legend: legend, Tolerance: 0.05);

    public static MetricColumn Percent(string id, string header, string legend = "") =>
        new(id, header, Decimals: 2, Unit: "%", Legend: legend, Tolerance: 1.0);

    public static MetricColumn Verdict() => new("verdict", "verdict");
}
