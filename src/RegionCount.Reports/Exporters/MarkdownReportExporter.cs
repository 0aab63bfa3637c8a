using System.Text;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Exporters;

/// <summary>Writes report.md and its figures/*.svg into a report folder.</summary>
public static class MarkdownReportExporter
{
    public const string FileName = "report.md";
    public const string FigureFolder = "figures";

    /// <summary>The Markdown text (figures referenced as figures/NAME.svg).</summary>
    public static string Render(ReportModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        var md = new StringBuilder();
        md.Append("# ").Append(model.Title).Append("\n\n");
        md.Append("| environment | |\n|---|---|\n");
        foreach (var (key, value) in model.Environment)
        {
            md.Append("| ").Append(key).Append(" | ").Append(value.Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
        }
        md.Append("\n## Reproducibility summary\n\n");
        foreach (var (heading, text) in model.Summary)
        {
            md.Append("**").Append(heading).Append(".** ").Append(text).Append("\n\n");
        }
        md.Append("## Verdicts\n\n");
        foreach (var figure in model.Overview)
        {
            AppendFigure(md, figure);
        }
        md.Append(MarkdownTable.Write(model.Verdicts, withTitle: false)).Append('\n');
        foreach (var section in model.Sections)
        {
            md.Append("## ").Append(section.Title).Append("\n\n");
            foreach (var paragraph in section.Paragraphs)
            {
                md.Append(paragraph).Append("\n\n");
            }
            foreach (var table in section.Tables)
            {
                md.Append(MarkdownTable.Write(table)).Append('\n');
            }
            foreach (var figure in section.Figures)
            {
                AppendFigure(md, figure);
            }
        }
        md.Append("## Settings the paper leaves open\n\n| setting | chosen |\n|---|---|\n");
        foreach (var (setting, choice) in model.Settings)
        {
            md.Append("| ").Append(setting).Append(" | ").Append(choice).Append(" |\n");
        }
        return md.ToString();
    }

    private static void AppendFigure(StringBuilder md, ReportFigure figure) =>
        md.Append("![").Append(figure.Caption).Append("](").Append(FigureFolder).Append('/').Append(figure.FileName)
            .Append(".svg)\n\n*").Append(figure.Caption).Append("*\n\n");

    /// <summary>Writes report.md and figures/ into <paramref name="folder"/>; returns the report path.</summary>
    public static string Write(ReportModel model, string folder)
    {
        ArgumentNullException.ThrowIfNull(model);
        var figures = Path.Combine(folder, FigureFolder);
        Directory.CreateDirectory(figures);
        foreach (var figure in model.Figures)
        {
            File.WriteAllText(Path.Combine(figures, figure.FileName + ".svg"), figure.Svg);
        }
        var path = Path.Combine(folder, FileName);
        File.WriteAllText(path, Render(model));
        return path;
    }
}
