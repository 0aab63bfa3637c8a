using System.Globalization;

namespace RegionCount.Reports.Tables;

/// <summary>
/// An immutable-after-build table of results: declarative columns and rows of cells (string, number or null).
/// Numbers are formatted with the invariant culture and each column's fixed precision, so the same values always
/// print the same text (the basis of snapshot verification).
/// </summary>
public sealed class MetricTable
{
    private readonly List<object?[]> _rows = [];

    public MetricTable(string name, string title, IReadOnlyList<MetricColumn> columns)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentNullException.ThrowIfNull(columns);
        if (columns.Count == 0)
        {
            throw new ArgumentException($"table {name}: no columns", nameof(columns));
        }
        Name = name;
        Title = title;
        Columns = columns;
    }

    /// <summary>File-safe name, e.g. "correlation".</summary>
    public string Name { get; }

    public string Title { get; }

    public IReadOnlyList<MetricColumn> Columns { get; }

    public IReadOnlyList<IReadOnlyList<object?>> Rows => _rows;

    /// <summary>Adds a row; cells are strings, numbers (int, long, double) or null (printed as "—").</summary>
    public MetricTable Add(params object?[] cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        if (cells.Length != Columns.Count)
        {
            throw new ArgumentException($"table {Name}: row has {cells.Length} cells, table has {Columns.Count} columns", nameof(cells));
        }
        _rows.Add(cells);
        return this;
    }

    /// <summary>The text of one cell.</summary>
    public string Format(int column, object? value) => value switch
    {
        null => "—",
        double d when double.IsNaN(d) => "NaN",
        double d when Columns[column].Decimals < 0 => d.ToString("0." + new string('#', -Columns[column].Decimals), CultureInfo.InvariantCulture),
        double d => d.ToString("F" + Columns[column].Decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
        float f => Format(column, (double)f),
        int or long => Convert.ToString(value, CultureInfo.InvariantCulture)!,
        bool b => b ? "yes" : "no",
        _ => Convert.ToString(value, CultureInfo.InvariantCulture) ?? "",
    };

    /// <summary>Every cell as text, row by row.</summary>
    public IEnumerable<string[]> FormattedRows() =>
        _rows.Select(row => row.Select((cell, i) => Format(i, cell)).ToArray());
}
