namespace RegionCount.Experiments;

/// <summary>A generic numeric table: named columns, one row per entry (e.g. per epoch: epoch, loss, train accuracy, ...).</summary>
public sealed record MetricTable(IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<double>> Rows)
{
    public static MetricTable Empty { get; } = new([], []);

    /// <summary>The values of one column, in row order.</summary>
    public IReadOnlyList<double> Column(string name)
    {
        int index = Columns.ToList().IndexOf(name);
        return index < 0 ? throw new KeyNotFoundException($"metric table: no column '{name}' (columns: {string.Join(", ", Columns)})")
            : Rows.Select(r => r[index]).ToList();
    }
}
