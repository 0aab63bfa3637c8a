using System.Globalization;

namespace RegionCount.Reports.Paper;

/// <summary>Reads the authors' result CSVs. Every error names the file, the line and the column.</summary>
internal static class PaperCsv
{
    private static readonly string[] RunColumns = ["train_acc", "test_acc", "weight_decay", "lr", "batch_size"];

    private static readonly string[] ParamColumns =
        ["distance_from_init", "margin", "normalized_margin", "test_acc", "weight_decay", "lr", "batch_size"];

    private static readonly string[] ClassifierColumns = ["model", "region_count", "train_acc", "test_acc"];

    private static readonly string[] VitColumns = ["region_count", "train_acc", "test_acc", "lr", "batch_size", "weight_decay"];

    /// <summary>Rows with rc_epoch_0..rc_epoch_200, accuracies and hyperparameters; optional leading
    /// <c>subspace_dim</c> or <c>line_mode</c>.</summary>
    public static IReadOnlyList<PaperRun> ReadRuns(string file, TextReader reader)
    {
        var table = Table.Read(file, reader);
        var rc = PaperRun.Epochs.Select(e => $"rc_epoch_{e}").ToArray();
        foreach (var column in rc.Concat(RunColumns))
        {
            table.Require(column);
        }

        var hasDim = table.Has("subspace_dim");
        var hasMode = table.Has("line_mode");
        return table.Rows.Select(row => new PaperRun(
            rc.Select(c => row.Number(c)).ToArray(),
            row.Number("train_acc"),
            row.Number("test_acc"),
            row.Number("weight_decay"),
            row.Number("lr"),
            row.Integer("batch_size"),
            hasDim ? row.Integer("subspace_dim") : null,
            hasMode ? row.Text("line_mode") : null)).ToArray();
    }

    /// <summary>Rows of the parameter-measures file.</summary>
    public static IReadOnlyList<ParamMeasureRun> ReadParamMeasures(string file, TextReader reader)
    {
        var table = Table.Read(file, reader);
        foreach (var column in ParamColumns)
        {
            table.Require(column);
        }

        return table.Rows.Select(row => new ParamMeasureRun(
            row.Number("distance_from_init"),
            row.Number("margin"),
            row.Number("normalized_margin"),
            row.Number("test_acc"),
            row.Number("weight_decay"),
            row.Number("lr"),
            row.Integer("batch_size"))).ToArray();
    }

    /// <summary>Rows of the classifiers file (C16).</summary>
    public static IReadOnlyList<ClassifierRun> ReadClassifiers(string file, TextReader reader)
    {
        var table = Table.Read(file, reader);
        foreach (var column in ClassifierColumns)
        {
            table.Require(column);
        }

        return table.Rows.Select(row => new ClassifierRun(row.Text("model"), row.Number("region_count"), row.Number("train_acc"), row.Number("test_acc"))).ToArray();
    }

    /// <summary>Rows of the Vision Transformer file (C17).</summary>
    public static IReadOnlyList<VitRun> ReadVit(string file, TextReader reader)
    {
        var table = Table.Read(file, reader);
        foreach (var column in VitColumns)
        {
            table.Require(column);
        }

        return table.Rows.Select(row => new VitRun(row.Number("region_count"), row.Number("train_acc"), row.Number("test_acc"),
            row.Number("lr"), row.Integer("batch_size"), row.Number("weight_decay"))).ToArray();
    }

    private sealed class Table(string file, Dictionary<string, int> columns, IReadOnlyList<Row> rows)
    {
        public IReadOnlyList<Row> Rows => rows;

        public static Table Read(string file, TextReader reader)
        {
            var header = reader.ReadLine() ?? throw new FormatException($"{file}:1: empty file, expected a header line");
            var names = header.Trim().Split(',');
            var columns = new Dictionary<string, int>(StringComparer.Ordinal);
            for (var i = 0; i < names.Length; i++)
            {
                if (names[i].Length == 0 || !columns.TryAdd(names[i], i))
                {
                    throw new FormatException($"{file}:1: column {i + 1}: header '{names[i]}' is empty or repeated");
                }
            }

            var rows = new List<Row>();
            var lineNumber = 1;
            while (reader.ReadLine() is { } line)
            {
                lineNumber++;
                if (line.Trim().Length == 0)
                {
                    continue;
                }

                var fields = line.Trim().Split(',');
                if (fields.Length != names.Length)
                {
                    throw new FormatException($"{file}:{lineNumber}: {fields.Length} fields, the header has {names.Length}");
                }

                rows.Add(new Row(file, lineNumber, columns, fields));
            }

            if (rows.Count == 0)
            {
                throw new FormatException($"{file}: no data rows after the header");
            }

            return new Table(file, columns, rows);
        }

        public bool Has(string column) => columns.ContainsKey(column);

        public void Require(string column)
        {
            if (!Has(column))
            {
                throw new FormatException($"{file}:1: missing column '{column}'");
            }
        }
    }

    private sealed class Row(string file, int line, Dictionary<string, int> columns, string[] fields)
    {
        public string Text(string column)
        {
            var text = fields[columns[column]];
            return text.Length > 0 ? text : throw Bad(column, text, "is empty");
        }

        public double Number(string column)
        {
            var text = fields[columns[column]];
            return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && double.IsFinite(value)
                ? value
                : throw Bad(column, text, "is not a finite number");
        }

        public int Integer(string column)
        {
            // Some exports write integers as floats ("256.0"); accept those when they are whole.
            var value = Number(column);
            return value == Math.Floor(value) && Math.Abs(value) <= int.MaxValue
                ? (int)value
                : throw Bad(column, fields[columns[column]], "is not an integer");
        }

        private FormatException Bad(string column, string text, string what) =>
            new($"{file}:{line}: column '{column}' (column {columns[column] + 1}): '{text}' {what}");
    }
}
