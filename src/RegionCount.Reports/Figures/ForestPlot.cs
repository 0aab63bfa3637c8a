using System.Globalization;
using System.Text.RegularExpressions;
using RegionCount.Reports.Exporters;
using ScottPlot;

namespace RegionCount.Reports.Figures;

/// <summary>
/// The forest plot at the top of a report: every correlation verdict (claim and subject) on one axis — our estimate
/// with its bootstrap 95% interval, the threshold its rule compares with, and the paper's value where the paper prints
/// one for that network — coloured by verdict.
/// </summary>
public static partial class ForestPlot
{
    public const string FileName = "forest";

    private static readonly string[] Statistics = ["Pearson r", "Spearman ρ"];

    /// <summary>Whether a verdict's statistic is a correlation (what the forest plot shows).</summary>
    public static bool IsCorrelation(string statistic) => Statistics.Contains(statistic);

    /// <summary>The figure, or null when no verdict is a correlation with an estimate.</summary>
    public static ReportFigure? Figure(IReadOnlyList<VerdictRow> rows)
    {
        ArgumentNullException.ThrowIfNull(rows);
        var shown = rows.Where(r => IsCorrelation(r.Statistic) && double.IsFinite(r.Value)).ToList();
        if (shown.Count == 0)
        {
            return null;
        }
        var plot = new Plot();
        plot.Title("Correlation verdicts: ours (95% interval), threshold, paper", size: 14);
        plot.XLabel("correlation", size: 12);
        int n = shown.Count;
        double Y(int i) => n - 1 - i;
        foreach (var (verdict, hex) in VerdictBadge.Colours)
        {
            var color = Color.FromHex(hex);
            var group = shown.Select((r, i) => (r, i)).Where(x => x.r.Verdict == verdict).ToList();
            if (group.Count == 0)
            {
                continue;
            }
            var xs = group.Select(g => g.r.Value).ToArray();
            var ys = group.Select(g => Y(g.i)).ToArray();
            var points = plot.Add.ScatterPoints(xs, ys, color);
            points.MarkerSize = 8;
            points.LegendText = $"ours: {verdict}";
            var withInterval = group.Where(g => double.IsFinite(g.r.Low)).ToList();
            if (withInterval.Count > 0)
            {
                var none = new double[withInterval.Count];
                plot.Add.Plottable(new ScottPlot.Plottables.ErrorBar(
                    withInterval.Select(g => g.r.Value).ToArray(), withInterval.Select(g => Y(g.i)).ToArray(),
                    withInterval.Select(g => g.r.High - g.r.Value).ToArray(), withInterval.Select(g => g.r.Value - g.r.Low).ToArray(), none, none)
                { Color = color });
            }
        }
        AddMarkers(plot, shown, r => r.ClaimedValue, Y, MarkerShape.VerticalBar, Colors.Black, "threshold");
        AddMarkers(plot, shown, r => r.PaperPoint, Y, MarkerShape.FilledDiamond, Colors.DarkOrange, "paper");
        plot.Add.VerticalLine(0, 1, Colors.Gray, LinePattern.Dotted);
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual(
            Enumerable.Range(0, n).Select(i => Y(i)).ToArray(), shown.Select(r => $"{r.Claim} {r.Subject}").ToArray());
        plot.Axes.SetLimits(-1.05, 1.05, -0.7, n - 0.3);
        plot.ShowLegend(Alignment.LowerLeft);
        var svg = SvgFigures.StableIds(plot.GetSvgXml(SvgFigures.Width + 160, 90 + (22 * n)));
        return new ReportFigure(FileName,
            "Every correlation verdict: our estimate (colour = verdict) with its bootstrap 95% interval over configurations, the threshold its rule compares with (black bar) and the paper's value for that network where the paper prints one (orange diamond)",
            svg);
    }

    /// <summary>The paper's value for the network of <paramref name="subject"/> ("resnet18-w16: r under mixup" → ResNet18)
    /// as the claim's paper text prints it ("ResNet18 0.9844, ..."); NaN when the text names no such network.</summary>
    public static double PaperPoint(string paperText, string subject)
    {
        ArgumentNullException.ThrowIfNull(paperText);
        ArgumentNullException.ThrowIfNull(subject);
        var network = NetworkName().Match(subject);
        if (!network.Success)
        {
            return double.NaN;
        }
        var match = Regex.Match(paperText, $@"(?i)(?<![a-z0-9]){Regex.Escape(network.Value)}(?![a-z0-9_])[^0-9−\-,;]*(?<v>[−-]?\d+\.\d+)");
        return match.Success
            ? double.Parse(match.Groups["v"].Value.Replace('−', '-'), NumberStyles.Float, CultureInfo.InvariantCulture)
            : double.NaN;
    }

    private static void AddMarkers(Plot plot, List<VerdictRow> rows, Func<VerdictRow, double> value, Func<int, double> y,
        MarkerShape shape, Color color, string legend)
    {
        var points = rows.Select((r, i) => (X: value(r), Y: y(i))).Where(p => double.IsFinite(p.X)).ToList();
        if (points.Count == 0)
        {
            return;
        }
        var markers = plot.Add.ScatterPoints(points.Select(p => p.X).ToArray(), points.Select(p => p.Y).ToArray(), color);
        markers.MarkerShape = shape;
        markers.MarkerSize = 12;
        markers.LegendText = legend;
    }

    /// <summary>The network at the start of a subject: letters then digits ("resnet18", "vgg19", "mlp").</summary>
    [GeneratedRegex(@"^[a-z]+[0-9]*", RegexOptions.IgnoreCase)]
    private static partial Regex NetworkName();
}
