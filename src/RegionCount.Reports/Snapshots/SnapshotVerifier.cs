using System.Globalization;
using System.Text;
using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Snapshots;

/// <summary>
/// Verify-style snapshots of metric tables, kept in their own tree with chosen names:
/// <c>expected/&lt;profile&gt;/&lt;claim&gt;/&lt;table&gt;.verified.md</c>. A mismatch writes
/// <c>*.received.md</c> beside it and fails with a cell-by-cell diff; accepting (the environment variable
/// <see cref="AcceptVariable"/>=1, or <c>regioncount accept</c>) makes the received text the verified one.
/// In <see cref="SnapshotMode.Band"/> numbers may differ by the measured <see cref="Tolerances"/> of their column
/// (<c>expected/&lt;profile&gt;/tolerances.json</c>); text cells never.
/// </summary>
public sealed class SnapshotVerifier(string expectedRoot, SnapshotMode mode, bool accept, Func<string, SnapshotTolerances>? tolerances = null)
{
    public const string AcceptVariable = "REGIONCOUNT_ACCEPT";
    public const string ModeVariable = "REGIONCOUNT_SNAPSHOT_MODE";

    private readonly Dictionary<string, SnapshotTolerances> _tolerances = new(StringComparer.Ordinal);

    public string ExpectedRoot { get; } = expectedRoot;

    public SnapshotMode Mode { get; } = mode;

    /// <summary>The measured tolerances of a profile's tables (none when the file is absent).</summary>
    public SnapshotTolerances Tolerances(string profile)
    {
        lock (_tolerances)
        {
            if (!_tolerances.TryGetValue(profile, out var t))
            {
                t = tolerances?.Invoke(profile) ?? SnapshotTolerances.Load(Path.Combine(ExpectedRoot, profile, SnapshotTolerances.FileName));
                _tolerances[profile] = t;
            }
            return t;
        }
    }

    /// <summary>A verifier for the repository's expected/ tree, with mode and accept from the environment.</summary>
    /// <param name="defaultMode">The mode unless $REGIONCOUNT_SNAPSHOT_MODE (exact or band) overrides it.</param>
    /// <exception cref="ArgumentException">$REGIONCOUNT_SNAPSHOT_MODE is neither exact nor band.</exception>
    public static SnapshotVerifier ForRepository(SnapshotMode defaultMode)
    {
        var modeText = Environment.GetEnvironmentVariable(ModeVariable);
        SnapshotMode mode = defaultMode;
        if (!string.IsNullOrEmpty(modeText) && !Enum.TryParse(modeText, ignoreCase: true, out mode))
        {
            throw new ArgumentException($"{ModeVariable}='{modeText}': expected exact or band");
        }
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
            return new SnapshotResult(true, verified, null, "accepted", Exact: true);
        }
        if (!File.Exists(verified))
        {
            Directory.CreateDirectory(directory);
            File.WriteAllText(received, text);
            return new SnapshotResult(false, verified, received,
                $"no verified snapshot {verified}; the new table is in {received}. Review it, then accept with " +
                $"`dotnet run --project src/RegionCount.Cli -- accept` or {AcceptVariable}=1.");
        }
        var verifiedText = File.ReadAllText(verified).ReplaceLineEndings("\n");
        if (verifiedText == text)
        {
            File.Delete(received);
            return new SnapshotResult(true, verified, null, "matched exactly", Exact: true);
        }
        var diff = Compare(table, verifiedText, text, Tolerances(profile), claim);
        File.WriteAllText(received, text);
        if (diff is null)
        {
            return new SnapshotResult(true, verified, received,
                $"{verified}: not bit-identical, every number within its measured tolerance ({SnapshotTolerances.FileName}); received: {received}", Exact: false);
        }
        return new SnapshotResult(false, verified, received, $"{verified} differs ({Mode} comparison):\n{diff}received: {received}", Exact: false);
    }

    /// <summary>Null when equal under the mode; else the differing lines and cells.</summary>
    internal string? Compare(MetricTable table, string verifiedText, string receivedText, SnapshotTolerances tolerances, string claim)
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
            var cells = Mode == SnapshotMode.Band ? CellDiff(table, e, a, c => tolerances.For(claim, table.Name, c.Title)) : null;
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
    private static string? CellDiff(MetricTable table, string expected, string actual, Func<MetricColumn, double> tolerance)
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
            bool numbers = SnapshotTolerances.TryNumber(e[c], out var x) & SnapshotTolerances.TryNumber(a[c], out var y);
            double allowed = tolerance(column);
            if (numbers && Math.Abs(x - y) <= allowed + 1e-12)
            {
                continue;
            }
            problems.Add(numbers
                ? string.Create(CultureInfo.InvariantCulture, $"{column.Header}: {e[c]} → {a[c]} (|Δ| {Math.Abs(x - y):G4} > tolerance {allowed})")
                : $"{column.Header}: '{e[c]}' → '{a[c]}'");
        }
        return string.Join("; ", problems);
    }
}
