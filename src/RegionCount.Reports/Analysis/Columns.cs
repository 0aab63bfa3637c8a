using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Analysis;

/// <summary>The columns claim tables share.</summary>
internal static class Columns
{
    public static MetricColumn Model() => new("model", "model");

    public static MetricColumn Text(string id, string header, string legend = "") => new(id, header, Legend: legend);

    public static MetricColumn Count(string id, string header, string legend = "") =>
        new(id, header, Decimals: 0, Legend: legend);

    public static MetricColumn RegionCount(string id, string header, string legend = "") =>
        new(id, header, Decimals: 3, Legend: legend);

    public static MetricColumn Correlation(string id, string header, string legend = "") =>
        new(id, header, Decimals: 3, Legend: legend);

    public static MetricColumn PValue(string id, string header, string legend = "") =>
        new(id, header, Decimals: 4, Legend: legend);

    public static MetricColumn Percent(string id, string header, string legend = "") =>
        new(id, header, Decimals: 2, Unit: "%", Legend: legend);

    public static MetricColumn Verdict() => new("verdict", "verdict");
}
