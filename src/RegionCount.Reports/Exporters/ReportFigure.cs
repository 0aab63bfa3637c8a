namespace RegionCount.Reports.Exporters;

/// <summary>An SVG figure with a caption; written to figures/&lt;FileName&gt;.svg.</summary>
public sealed record ReportFigure(string FileName, string Caption, string Svg);
