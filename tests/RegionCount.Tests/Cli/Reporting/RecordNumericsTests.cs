using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Cli.Reporting;
using RegionCount.Tests.Experiments;
using Xunit;

namespace RegionCount.Tests.Cli.Reporting;

public sealed class RecordNumericsTests
{
    [Fact]
    public void The_report_header_counts_records_by_numeric_mode_and_processor_and_names_old_records()
    {
        var runs = SweepPlanner.Plan(ProfileLoader.Parse(TestProfiles.Tiny().ToJsonString(), "t.json")).Runs;
        RunRecord With(int i, params (string Key, string Value)[] entries) =>
            RunStoreTests.Record(runs[i]) with { Environment = entries.ToDictionary(e => e.Key, e => e.Value) };

        var line = ProfileReport.RecordNumerics([
            With(0, ("numerics", "canonical"), ("cpu", "AMD EPYC")),
            With(1, ("numerics", "canonical"), ("cpu", "AMD EPYC")),
            With(2, ("numerics", "native"), ("cpu", "Intel Xeon")),
            With(3),
        ]);

        line.Should().Be("2 canonical on AMD EPYC; 1 native on Intel Xeon; 1 not recorded (before the numeric mode existed)");
        ProfileReport.RecordNumerics([]).Should().Be("no records");
    }
}
