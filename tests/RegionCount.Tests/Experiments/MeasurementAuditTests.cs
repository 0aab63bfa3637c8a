using FluentAssertions;
using RegionCount.Experiments;
using RegionCount.Reports.Snapshots;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class MeasurementAuditTests
{
    private static RunRecord Record(RunSpec run, RunStatus status, params (int Epoch, int Probe)[] counts) =>
        RunStoreTests.Record(run, status) with
        {
            RegionCounts = [.. counts.Select(c => new RegionCountMeasurement(c.Epoch, c.Probe, 2, null, null))],
        };

    [Fact]
    public void The_audit_lists_the_completed_records_of_the_plan_that_lack_a_planned_count()
    {
        // The tiny profile: 3 epochs, counts planned at epochs 0 and 3 with one probe setting.
        var plan = SweepPlanner.Plan(ProfileLoader.Parse(TestProfiles.Tiny().ToJsonString(), "t.json"));
        var runs = plan.Runs;
        var outside = plan with { Runs = [.. runs.Skip(1)] };
        RunRecord[] records =
        [
            Record(runs[0], RunStatus.Completed, (3, 0)),           // outside the audited plan
            Record(runs[1], RunStatus.Completed, (0, 0), (3, 0)),   // complete
            Record(runs[2], RunStatus.Completed, (3, 0)),           // resumed after its last checkpoint before the fix
            Record(runs[3], RunStatus.Completed),                   // regionCounts: []
            Record(runs[4], RunStatus.Diverged, (0, 0)),            // ended before its plan did
            Record(runs[5], RunStatus.Failed),                      // retried by the next sweep
        ];

        var incomplete = MeasurementAudit.Find(outside, records);

        incomplete.Select(r => r.Run).Should().Equal(runs[2], runs[3]);
        incomplete[0].Missing.Should().Equal(new PlannedMeasurement(0, 0));
        incomplete[1].Missing.Should().Equal(new PlannedMeasurement(0, 0), new PlannedMeasurement(3, 0));
        incomplete[0].ToString().Should().Be($"{runs[2].Fingerprint}.json {runs[2].Label}: missing epoch 0: probe 0 (segment)");
    }

    /// <summary>
    /// The committed records checked against their profile's plan (the list is printed to the test output): none may
    /// lack a planned count. The one record that did (cpu: mlp lr 0.05, batch 32, wd 0, seed 2, resumed after its last
    /// checkpoint by the executor that kept the counts beside the checkpoint, with its epoch-250 counts only) was
    /// deleted and re-run with the fixed executor.
    /// </summary>
    [Theory]
    [InlineData("smoke", new string[0])]
    [InlineData("cpu", new string[0])]
    public void The_committed_records_lacking_a_planned_count_are_the_known_ones(string profile, string[] known)
    {
        var plan = SweepPlanner.Plan(ProfileLoader.Load(profile));
        var store = Path.Combine(RepositoryRoot.Find(), RunStore.DefaultDirectory(profile));
        var records = new RunStore(store).ReadAll();

        var incomplete = MeasurementAudit.Find(plan, records);

        var output = TestContext.Current.TestOutputHelper!;
        output.WriteLine($"{profile}: {records.Count(r => r.Status == RunStatus.Completed)} completed records of {plan.Runs.Count} planned runs in {store}; {incomplete.Count} incomplete");
        foreach (var record in incomplete)
        {
            output.WriteLine(record.ToString());
        }
        incomplete.Select(r => r.ToString()).Should().Equal(known);
    }
}
