using System.Diagnostics;
using RegionCount.Experiments;
using RegionCount.Reports.Assembly;
using RegionCount.Reports.Exporters;
using RegionCount.Runtime;

namespace RegionCount.Cli.Reporting;

/// <summary>Reads a profile's run store, analyses its claims and writes report.md and report.html.</summary>
public static class ProfileReport
{
    /// <summary>"69 canonical on AMD EPYC": the numeric mode and processor the records were computed in.</summary>
    public static string RecordNumerics(IEnumerable<RunRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var groups = records
            .GroupBy(r => (
                Mode: r.Environment.TryGetValue(NumericsState.RecordKey, out var m) ? m : "not recorded (before the numeric mode existed)",
                Cpu: r.Environment.TryGetValue("cpu", out var c) ? c : null))
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} {g.Key.Mode}{(g.Key.Cpu is null ? "" : $" on {g.Key.Cpu}")}")
            .ToList();
        return groups.Count == 0 ? "no records" : string.Join("; ", groups);
    }

    /// <summary>"96 records: 64cefd…  data_batch_1.bin; …": the SHA-256 of the data files the records were computed
    /// from (<see cref="Data.DatasetIdentity"/>), so a report names the exact copy of a dataset it rests on.</summary>
    public static string RecordData(IEnumerable<RunRecord> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var groups = records
            .GroupBy(r => r.Environment.TryGetValue(Data.DatasetIdentity.RecordKey, out var d) ? d : "not recorded (records made before the dataset's SHA-256 was recorded)")
            .OrderByDescending(g => g.Count())
            .Select(g => $"{g.Count()} record{(g.Count() == 1 ? "" : "s")}: {g.Key}")
            .ToList();
        return groups.Count == 0 ? "no records" : string.Join(" | ", groups);
    }

    /// <returns>The main file of every format of <see cref="ReportExporters.All"/>: report.md, report.html, verdicts.json.</returns>
    public static IReadOnlyList<string> Write(Profile profile, string storeDirectory, string outputDirectory, RuntimeContext runtime, string? dataDir)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(runtime);
        var clock = Stopwatch.StartNew();
        var analysis = ProfileAnalysis.FromStore(profile, storeDirectory);
        _ = analysis.ClaimIds.Select(analysis.Get).ToList();
        double runSeconds = analysis.Records.Values.Sum(r => r.Timings.Seconds);
        var environment = EnvironmentLines.Capture(profile.Name!, runtime.Device.ToString(), runSeconds, clock.Elapsed.TotalSeconds, dataDir)
            .Append(("numerics of the run records", RecordNumerics(analysis.Records.Values)))
            .Append(("data files of the run records (SHA-256)", RecordData(analysis.Records.Values))).ToList();
        var model = ReportBuilder.Build(analysis, environment);
        return ReportExporters.WriteAll(model, outputDirectory);
    }
}
