using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Markdig;

namespace RegionCount.Reports.Exporters;

/// <summary>
/// report.html: the Markdown report through Markdig, with every figure's SVG inlined and the styles in the page,
/// so the file is self-contained (no external scripts, styles, fonts or images).
/// </summary>
public static partial class HtmlReportExporter
{
    public const string FileName = "report.html";

    private const string Style = """
        body { font-family: sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem; color: #222; line-height: 1.45; }
        table { border-collapse: collapse; margin: 0.5rem 0 1rem; font-size: 0.9rem; display: block; overflow-x: auto; }
        th, td { border: 1px solid #ccc; padding: 0.25rem 0.5rem; }
        th { background: #f3f3f3; }
        figure { margin: 1rem 0; } figcaption { font-style: italic; font-size: 0.9rem; }
        svg { max-width: 100%; height: auto; }
        """;

    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var pipeline = new MarkdownPipelineBuilder().UsePipeTables().UseEmphasisExtras().Build();
        var body = Markdown.ToHtml(MarkdownReportExporter.Render(model), pipeline);
        var svgs = model.Figures.ToDictionary(f => f.FileName, f => f.Svg, StringComparer.Ordinal);
        body = FigureImage().Replace(body, match =>
        {
            var name = match.Groups["name"].Value;
            if (!svgs.TryGetValue(name, out var svg))
            {
                throw new InvalidOperationException($"report: figure {name} is referenced but not in the model");
            }
            return StripXmlDeclaration(svg);
        });
        body = VerdictBadge.Html(body);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>")
            .Append(WebUtility.HtmlEncode(model.Title)).Append("</title>\n<style>\n").Append(Style).Append(VerdictBadge.Style).Append("</style>\n</head>\n<body>\n")
            .Append(body).Append("</body>\n</html>\n");
        return html.ToString();
    }

    public static string Write(ReportModel model, string folder)
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Render(model));
        return path;
    }

    private static string StripXmlDeclaration(string svg)
    {
        int start = svg.IndexOf("<svg", StringComparison.Ordinal);
        return start < 0 ? svg : svg[start..];
    }

    [GeneratedRegex("<img src=\"figures/(?<name>[^\"/]+)\\.svg\"[^>]*>")]
    private static partial Regex FigureImage();
}
