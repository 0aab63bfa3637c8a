using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Snapshots;

/// <summary>
/// Measured per-column tolerances for tables that are trained inside the test run
/// (<c>expected/&lt;profile&gt;/tolerances.json</c>): for each table ("C4/levels") and column id, the largest
/// difference of a printed cell (by column title) between the canonical numeric environment and any of the other
/// environments it was measured against. A column absent from the file has tolerance 0. Text cells (verdicts, yes/no) are never
/// given a tolerance: the <see cref="TextChanges"/> the measurement saw are listed, not allowed.
/// </summary>
/// <param name="Provenance">How and where the numbers were measured.</param>
/// <param name="Environments">The environments compared with the reference.</param>
/// <param name="Tables">Table key → column title → tolerance (printed units).</param>
/// <param name="TextChanges">Text cells that differed in some environment ("C3/trend row 1 verdict: reproduced → inconclusive (generic)").</param>
public sealed record SnapshotTolerances(
    string Provenance,
    IReadOnlyList<string> Environments,
    IReadOnlyDictionary<string, IReadOnlyDictionary<string, double>> Tables,
    IReadOnlyList<string> TextChanges)
{
    public const string FileName = "tolerances.json";

    private static readonly JsonSerializerOptions Json = new()
    {
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        WriteIndented = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    public static SnapshotTolerances None { get; } = new("none measured", [], new Dictionary<string, IReadOnlyDictionary<string, double>>(), []);

    /// <summary>The key of a claim's table: "C4/levels".</summary>
    public static string Key(string claim, string table) => $"{claim}/{table}";

    /// <summary>The tolerance of one column, by its printed title (0 when not measured).</summary>
    public double For(string claim, string table, string columnTitle) =>
        Tables.TryGetValue(Key(claim, table), out var columns) && columns.TryGetValue(columnTitle, out var t) ? t : 0;

    /// <summary>Reads a tolerance file; <see cref="None"/> when it does not exist.</summary>
    /// <exception cref="InvalidDataException">The file is not a tolerance file (names the file).</exception>
    public static SnapshotTolerances Load(string path)
    {
        if (!File.Exists(path))
        {
            return None;
        }
        try
        {
            return JsonSerializer.Deserialize<SnapshotTolerances>(File.ReadAllText(path), Json)
                ?? throw new InvalidDataException($"{path}: empty tolerance file");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"{path}: not a tolerance file ({e.Message})", e);
        }
    }

    public void Save(string path) => File.WriteAllText(path, JsonSerializer.Serialize(this, Json) + "\n");

    /// <summary>
    /// Measures tolerances: for every table of the reference, the largest |Δ| of each numeric column's printed
    /// value against the same table printed in each other environment (rows matched by position; a table missing
    /// or of another shape, and every differing text cell, is listed in <see cref="TextChanges"/>).
    /// </summary>
    /// <param name="reference">Table key ("C4/levels") → its Markdown text (<see cref="MarkdownTable.Write"/>).</param>
    /// <param name="others">Environment name → table key → Markdown text.</param>
    public static SnapshotTolerances Measure(
        string provenance,
        IReadOnlyDictionary<string, string> reference,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> others)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(others);
        var tables = new SortedDictionary<string, IReadOnlyDictionary<string, double>>(StringComparer.Ordinal);
        var textChanges = new List<string>();
        foreach (var (key, text) in reference.OrderBy(t => t.Key, StringComparer.Ordinal))
        {
            var (header, rows) = Parse(text);
            var columns = new SortedDictionary<string, double>(StringComparer.Ordinal);
            foreach (var (environment, printed) in others.OrderBy(o => o.Key, StringComparer.Ordinal))
            {
                var (otherHeader, otherRows) = printed.TryGetValue(key, out var t) ? Parse(t) : ([], []);
                if (!otherHeader.SequenceEqual(header) || otherRows.Count != rows.Count || otherRows.Any(r => r.Length != header.Length))
                {
                    textChanges.Add($"{key}: table missing or of another shape ({environment})");
                    continue;
                }
                for (int r = 0; r < rows.Count; r++)
                {
                    for (int c = 0; c < header.Length; c++)
                    {
                        var (expected, actual) = (rows[r][c], otherRows[r][c]);
                        if (TryNumber(expected, out var x) && TryNumber(actual, out var y))
                        {
                            columns[header[c]] = Math.Max(columns.GetValueOrDefault(header[c]), Math.Round(Math.Abs(x - y), 12));
                        }
                        else if (expected != actual)
                        {
                            textChanges.Add($"{key} row {r + 1} {header[c]}: {expected} → {actual} ({environment})");
                        }
                    }
                }
            }
            var measured = columns.Where(c => c.Value > 0).ToDictionary(c => c.Key, c => c.Value, StringComparer.Ordinal);
            if (measured.Count > 0)
            {
                tables[key] = measured;
            }
        }
        return new SnapshotTolerances(provenance, others.Keys.Order(StringComparer.Ordinal).ToList(), tables, textChanges);
    }

    /// <summary>The header cells and the data rows of the first Markdown table in a text.</summary>
    private static (string[] Header, List<string[]> Rows) Parse(string text)
    {
        var lines = text.ReplaceLineEndings("\n").Split('\n')
            .SkipWhile(l => !l.StartsWith('|')).TakeWhile(l => l.StartsWith('|')).ToList();
        return lines.Count < 2 ? ([], []) : (MarkdownTable.SplitRow(lines[0]), lines.Skip(2).Select(MarkdownTable.SplitRow).ToList());
    }

    internal static bool TryNumber(string text, out double value) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value);
}
