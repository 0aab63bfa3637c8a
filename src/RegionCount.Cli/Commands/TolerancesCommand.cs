using System.CommandLine;
using System.Globalization;
using RegionCount.Reports.Snapshots;
using RegionCount.Runtime;

namespace RegionCount.Cli.Commands;

/// <summary>
/// `regioncount tolerances --reference DIR --compare DIR... --out FILE`: from folders written by `tables` in
/// different numeric environments, the largest printed difference per table column against the reference: the
/// snapshot tolerances of tables trained inside the test run (expected/&lt;profile&gt;/tolerances.json).
/// </summary>
internal static class TolerancesCommand
{
    public static Command Create(TextWriter output)
    {
        var reference = new Option<string>("--reference") { Description = "Tables of the canonical environment.", Required = true };
        var compare = new Option<string[]>("--compare") { Description = "Tables of other environments (the folder name names each).", Required = true, AllowMultipleArgumentsPerToken = true };
        var outOption = new Option<string>("--out") { Description = "The tolerance file to write.", Required = true };
        var note = new Option<string?>("--note") { Description = "What was measured where (kept in the file)." };
        var command = new Command("tolerances", "Measure snapshot tolerances from claim tables printed in several numeric environments.")
        {
            reference, compare, outOption, note,
        };
        command.SetAction(parse =>
        {
            var others = parse.GetValue(compare)!.ToDictionary(
                d => Path.GetFileName(Path.TrimEndingDirectorySeparator(d)),
                d => (IReadOnlyDictionary<string, string>)Read(d, "--compare"), StringComparer.Ordinal);
            var provenance = string.Create(CultureInfo.InvariantCulture,
                $"largest |Δ| of each printed cell between {parse.GetValue(reference)} and {string.Join(", ", others.Keys)}, measured {DateTime.UtcNow:yyyy-MM-dd} on {EnvironmentReport.CpuModel()}; {parse.GetValue(note) ?? ""}").TrimEnd(' ', ';');
            var measured = SnapshotTolerances.Measure(provenance, Read(parse.GetValue(reference)!, "--reference"), others);
            measured.Save(parse.GetValue(outOption)!);
            output.WriteLine($"{measured.Tables.Count} tables with measured tolerances, {measured.TextChanges.Count} text changes → {parse.GetValue(outOption)}");
            foreach (var change in measured.TextChanges)
            {
                output.WriteLine($"  text change: {change}");
            }
            return 0;
        });
        return command;
    }

    /// <summary>"C4/levels" → text, for every &lt;claim&gt;/&lt;table&gt;.md under a folder.</summary>
    private static Dictionary<string, string> Read(string folder, string option)
    {
        if (!Directory.Exists(folder))
        {
            throw new CliException($"{option} {folder}: no such folder");
        }
        return Directory.EnumerateFiles(folder, "*.md", SearchOption.AllDirectories).ToDictionary(
            f => Path.GetRelativePath(folder, f)[..^3].Replace(Path.DirectorySeparatorChar, '/'),
            File.ReadAllText, StringComparer.Ordinal);
    }
}
