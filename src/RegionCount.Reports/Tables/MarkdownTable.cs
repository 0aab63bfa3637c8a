using System.Text;
using System.Text.RegularExpressions;

namespace RegionCount.Reports.Tables;

/// <summary>Writes a <see cref="MetricTable"/> as a GitHub-flavoured Markdown table, then its column legends.</summary>
public static partial class MarkdownTable
{
    public static string Write(MetricTable table, bool withTitle = true)
    {
        ArgumentNullException.ThrowIfNull(table);
        var text = new StringBuilder();
        if (withTitle)
        {
            text.Append("### ").Append(table.Title).Append('\n').Append('\n');
        }
        text.Append("| ").Append(string.Join(" | ", table.Columns.Select(c => Escape(c.Title)))).Append(" |\n");
        text.Append('|').Append(string.Join('|', table.Columns.Select((_, i) => IsNumeric(table, i) ? "---:" : "---"))).Append("|\n");
        foreach (var row in table.FormattedRows())
        {
            text.Append("| ").Append(string.Join(" | ", row.Select(Escape))).Append(" |\n");
        }
        var legends = table.Columns.Where(c => c.Legend.Length > 0).ToList();
        if (legends.Count > 0)
        {
            text.Append('\n');
            foreach (var column in legends)
            {
                text.Append("- *").Append(column.Title).Append("*: ").Append(column.Legend).Append('\n');
            }
        }
        return text.ToString();
    }

    /// <summary>Splits one Markdown table line into its cells (the inverse of the writer for one row).</summary>
    public static string[] SplitRow(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var trimmed = line.Trim();
        if (trimmed.StartsWith('|'))
        {
            trimmed = trimmed[1..];
        }
        if (trimmed.EndsWith('|'))
        {
            trimmed = trimmed[..^1];
        }
        return CellSeparator().Split(trimmed).Select(c => c.Trim().Replace("\\|", "|", StringComparison.Ordinal)).ToArray();
    }

    private static bool IsNumeric(MetricTable table, int column) =>
        table.Rows.Count > 0 && table.Rows.All(r => r[column] is null or double or float or int or long);

    private static string Escape(string cell) => cell.Replace("|", "\\|", StringComparison.Ordinal);

    [GeneratedRegex(@"(?<!\\)\|")]
    private static partial Regex CellSeparator();
}
