using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;
using ScottPlot;

namespace RegionCount.Reports.Figures;

/// <summary>The report's figures as SVG text (ScottPlot), sized for an A4-width report.</summary>
public static partial class SvgFigures
{
    public const int Width = 560;
    public const int Height = 380;

    /// <summary>Scatter per series with a least-squares fit line each (Fig. 4: region count vs gap).</summary>
    public static string ScatterWithFit(string title, string xLabel, string yLabel, IEnumerable<Series> series)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = NewPlot(title, xLabel, yLabel);
        int i = 0;
        foreach (var s in series.Select(s => s.Checked()))
        {
            var color = Palette(i++);
            var scatter = plot.Add.ScatterPoints(s.X.ToArray(), s.Y.ToArray(), color);
            scatter.LegendText = s.Name;
            scatter.MarkerSize = 7;
            AddErrorBars(plot, s, color);
            if (s.X.Count >= 2 && s.X.Distinct().Count() >= 2)
            {
                var (slope, intercept) = LeastSquares(s.X, s.Y);
                double x0 = s.X.Min(), x1 = s.X.Max();
                var line = plot.Add.Line(x0, intercept + (slope * x0), x1, intercept + (slope * x1));
                line.Color = color;
            }
        }
        return Render(plot, i > 1);
    }

    /// <summary>Lines with markers and interval bars per series (region count vs lr / batch / epoch).</summary>
    public static string Lines(string title, string xLabel, string yLabel, IEnumerable<Series> series, bool logX = false)
    {
        ArgumentNullException.ThrowIfNull(series);
        var plot = NewPlot(title, xLabel + (logX ? " (log10)" : ""), yLabel);
        int i = 0;
        foreach (var s in series.Select(s => s.Checked()))
        {
            var color = Palette(i++);
            var xs = s.X.Select(x => logX ? Math.Log10(x) : x).ToArray();
            var line = plot.Add.Scatter(xs, s.Y.ToArray(), color);
            line.LegendText = s.Name;
            line.MarkerSize = 6;
            AddErrorBars(plot, s with { X = xs }, color);
        }
        return Render(plot, i > 1);
    }

    /// <summary>
    /// A decision-region map: cell (row, col) holds a class label, −1 for cells outside the region measured.
    /// Each class gets a fixed colour; rows go upward (row 0 at the bottom).
    /// </summary>
    public static string LabelMap(string title, int[,] labels, string xLabel = "", string yLabel = "")
    {
        ArgumentNullException.ThrowIfNull(labels);
        var plot = NewPlot(title, xLabel, yLabel);
        int rows = labels.GetLength(0), cols = labels.GetLength(1);
        // One rectangle per run of equal labels in a row keeps the SVG small (a 101×101 map has a few hundred runs).
        for (int r = 0; r < rows; r++)
        {
            for (int c = 0; c < cols;)
            {
                int label = labels[r, c], end = c + 1;
                while (end < cols && labels[r, end] == label)
                {
                    end++;
                }
                if (label >= 0)
                {
                    var rect = plot.Add.Rectangle(c, end, r, r + 1);
                    rect.FillColor = Palette(label);
                    rect.LineWidth = 0;
                }
                c = end;
            }
        }
        plot.Axes.SetLimits(0, cols, 0, rows);
        return Render(plot, legend: false);
    }

    /// <summary>Slope and intercept of the least-squares line through (x, y).</summary>
    public static (double Slope, double Intercept) LeastSquares(IReadOnlyList<double> x, IReadOnlyList<double> y)
    {
        ArgumentNullException.ThrowIfNull(x);
        ArgumentNullException.ThrowIfNull(y);
        double mx = x.Average(), my = y.Average();
        double sxy = 0, sxx = 0;
        for (int i = 0; i < x.Count; i++)
        {
            sxy += (x[i] - mx) * (y[i] - my);
            sxx += (x[i] - mx) * (x[i] - mx);
        }
        double slope = sxx == 0 ? 0 : sxy / sxx;
        return (slope, my - (slope * mx));
    }

    private static Plot NewPlot(string title, string xLabel, string yLabel)
    {
        var plot = new Plot();
        plot.Title(title, size: 14);
        plot.XLabel(xLabel, size: 12);
        plot.YLabel(yLabel, size: 12);
        return plot;
    }

    private static void AddErrorBars(Plot plot, Series s, Color color)
    {
        if (s.Low is null || s.High is null)
        {
            return;
        }
        var below = s.Y.Select((y, i) => y - s.Low[i]).ToArray();
        var above = s.Y.Select((y, i) => s.High[i] - y).ToArray();
        var none = new double[s.X.Count];
        var bars = new ScottPlot.Plottables.ErrorBar(s.X.ToArray(), s.Y.ToArray(), none, none, above, below) { Color = color };
        plot.Add.Plottable(bars);
    }

    private static string Render(Plot plot, bool legend)
    {
        if (legend)
        {
            plot.ShowLegend(Alignment.UpperLeft);
        }
        return StableIds(plot.GetSvgXml(Width, Height));
    }

    /// <summary>
    /// Skia numbers clip paths from a process-wide counter, so the same figure drawn after other figures got other
    /// ids and a regenerated report differed in every SVG. Ids become "c" + a hash of the figure without its ids +
    /// their order of appearance: the same figure gives the same text, and figures inlined together in one HTML page
    /// keep distinct ids.
    /// </summary>
    internal static string StableIds(string svg)
    {
        var ids = ClipId().Matches(svg).Select(m => m.Value).Distinct(StringComparer.Ordinal).ToList();
        if (ids.Count == 0)
        {
            return svg;
        }
        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(ClipId().Replace(svg, "cl"))))[..8];
        var names = ids.Select((id, i) => (id, name: $"c{hash}_{i + 1}")).ToDictionary(x => x.id, x => x.name, StringComparer.Ordinal);
        return ClipId().Replace(svg, m => names[m.Value]);
    }

    [GeneratedRegex(@"\bcl_[0-9a-f]+\b")]
    private static partial Regex ClipId();

    private static Color Palette(int index) => new ScottPlot.Palettes.Category10().GetColor(index);
}
