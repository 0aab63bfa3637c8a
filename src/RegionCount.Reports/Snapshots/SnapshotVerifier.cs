using System.Globalization;
using System.Text;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Snapshots;

/// <summary>
/// Verify-style snapshots of metric tables, kept in their own tree with chosen names:
/// <c>expected/&lt;profile&gt;/&lt;claim&gt;/&lt;table&gt;.verified.md</c>. A mismatch writes
/// <c>*.received.md</c> beside it and fails with a cell-by-cell diff; accepting (the environment variable
/// <see cref="AcceptVariable"/>=1, or <c>regioncount accept</c>) makes the received text the verified one.
/// </summary>
public sealed class SnapshotVerifier(string expectedRoot, SnapshotMode mode, bool accept)
{
    public const string AcceptVariable = "REGIONCOUNT_ACCEPT";
    public const string ModeVariable = "REGIONCOUNT_SNAPSHOT_MODE";

    public string ExpectedRoot { get; } = expectedRoot;

    public SnapshotMode Mode { get; } = mode;

    /// <summary>A verifier for the repository's expected/ tree, with mode and accept from the environment.</summary>
    /// <param name="defaultMode">Exact for CPU runs, Band for CUDA runs; $REGIONCOUNT_SNAPSHOT_MODE overrides.</param>
    public static SnapshotVerifier ForRepository(SnapshotMode defaultMode)
    {
        var modeText = Environment.GetEnvironmentVariable(ModeVariable);
        var mode = string.IsNullOrEmpty(modeText) ? defaultMode : Enum.Parse<SnapshotMode>(modeText, ignoreCase: true);
        bool accept = Environment.GetEnvironmentVariable(AcceptVariable) is "1" or "true";
        return new SnapshotVerifier(Path.Combine(RepositoryRoot.Find(), "expected"), mode, accept);
    }

    public SnapshotResult Verify(string profile, string claim, MetricTable table)
    {
        ArgumentNullException.ThrowIfNull(table);
        var directory = Path.Combine(ExpectedRoot, profile, claim);
        var verified = Path.Combine(directory, table.Name + ".verified.md");
        var received = Path.Combine(directory, table.Name + ".received.md");
        var text = MarkdownTable.Write(table);

        if (accept)
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(verified, text);
            File.Delete(received);
            return new SnapshotResult(true, verified, null, "accepted");
        }
        if (!File.Exists(verified))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(received, text);
            return new SnapshotResult(false, verified, received,
                $"no verified snapshot {verified}; the new table is in {received}. Review it, then accept with " +
                $"`dotnet run --project src/RegionCount.Cli -- accept` or {AcceptVariable}=1.");
        }
        var diff = Compare(table, File.ReadAllText(verified).ReplaceLineEndings("\n"), text);
        if (diff is null)
        {
            File.Delete(received);
            return new SnapshotResult(true, verified, null, "matched");
        }
        File.WriteAllText(received, text);
        return new SnapshotResult(false, verified, received, $"{verified} differs ({Mode} comparison):\n{diff}received: {received}");
    }

    /// <summary>Null when equal under the mode; else the differing lines and cells.</summary>
    internal string? Compare(MetricTable table, string verifiedText, string receivedText)
    {
        if (verifiedText == receivedText)
        {
            return null;
        }
        var expected = verifiedText.Split('\n');
        var actual = receivedText.Split('\n');
        var diff = new StringBuilder();
        for (int i = 0; i < Math.Max(expected.Length, actual.Length); i++)
        {
            var e = i < expected.Length ? expected[i] : "";
            var a = i < actual.Length ? actual[i] : "";
            if (e == a)
            {
                continue;
            }
            var cells = Mode == SnapshotMode.Band ? CellDiff(table, e, a) : null;
            if (cells is not null && cells.Length == 0)
            {
                continue;
            }
            diff.Append(CultureInfo.InvariantCulture, $"  line {i + 1}:\n    verified: {e}\n    received: {a}\n");
            if (cells is not null)
            {
                diff.Append("    ").Append(cells).Append('\n');
            }
        }
        return diff.Length == 0 ? null : diff.ToString();
    }

    /// <summary>For two table rows: "" when every cell is within its column's tolerance, else what differs; null if not rows.</summary>
    private static string? CellDiff(MetricTable table, string expected, string actual)
    {
        if (!expected.StartsWith('|') || !actual.StartsWith('|'))
        {
            return null;
        }
        var e = MarkdownTable.SplitRow(expected);
        var a = MarkdownTable.SplitRow(actual);
        if (e.Length != a.Length || e.Length != table.Columns.Count)
        {
            return null;
        }
        var problems = new List<string>();
        for (int c = 0; c < e.Length; c++)
        {
            if (e[c] == a[c])
            {
                continue;
            }
            var column = table.Columns[c];
            bool numbers = double.TryParse(e[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var x)
                & double.TryParse(a[c], NumberStyles.Float, CultureInfo.InvariantCulture, out var y);
            if (numbers && Math.Abs(x - y) <= column.Tolerance)
            {
                continue;
            }
            problems.Add(numbers
                ? string.Create(CultureInfo.InvariantCulture, $"{column.Header}: {e[c]} → {a[c]} (|Δ| {Math.Abs(x - y):G4} > tolerance {column.Tolerance})")
                : $"{column.Header}: '{e[c]}' → '{a[c]}'");
        }
        return string.Join("; ", problems);
    }
}
