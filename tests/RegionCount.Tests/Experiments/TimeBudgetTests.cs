using FluentAssertions;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

/// <summary>A sweep with a time budget starts a run only while the time left covers the run's estimate, and leaves the
/// rest unclaimed for a later sweep, which finishes the plan.</summary>
public sealed class TimeBudgetTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-budget");

    public void Dispose() => _root.Delete(recursive: true);

    private static bool IsWide(RunSpec run) => run.Config.Model.Options!.Widths![0] == 32;

    private static SweepPlan Plan() => SweepPlanner.Plan(ProfileLoader.Parse(TestProfiles.Tiny().ToJsonString(), "t.json"));

    private SweepRunner Runner(IRunExecutor executor, ManualClock clock, TimeSpan limit, TimeSpan? defaultEstimate = null) =>
        new(new RunStore(_root.FullName), executor, NullSweepProgress.Instance)
        {
            Clock = clock,
            Budget = new SweepBudget(limit, defaultEstimate ?? TimeSpan.Zero),
        };

    [Fact]
    public void A_job_runs_what_fits_leaves_the_rest_unclaimed_and_a_later_job_finishes_the_plan_running_each_run_once()
    {
        var clock = new ManualClock();
        var executor = new TimedExecutor(clock, _ => TimeSpan.FromMinutes(10));
        var plan = Plan();

        // First run: no estimate yet (default 0), starts; then 10 min each: at 30 min 5 are left, less than the 10 min
        // the next run is estimated at.
        var first = Runner(executor, clock, TimeSpan.FromMinutes(35)).Run(plan, TestContext.Current.CancellationToken);

        first.Should().Be(new SweepSummary(8, 0, 3, 0, 0, 0, LeftForLater: 5));
        first.BudgetSpent.Should().BeTrue();
        Directory.GetFiles(_root.FullName).Should().HaveCount(3, "three records, and no lock or temporary file of a run left for later");
        new RunStore(_root.FullName).ReadAll().Should().OnlyContain(r => r.Timings.Seconds == 600);

        var second = Runner(executor, clock, TimeSpan.FromHours(2)).Run(plan, TestContext.Current.CancellationToken);

        second.Should().Be(new SweepSummary(8, 3, 5, 0, 0, 0));
        second.BudgetSpent.Should().BeFalse();
        executor.Executions.Should().HaveCount(8).And.OnlyContain(e => e.Value == 1);
        new RunStore(_root.FullName).ReadAll().Select(r => r.Fingerprint).Should().BeEquivalentTo(plan.Runs.Select(r => r.Fingerprint));
    }

    [Fact]
    public void The_estimate_comes_from_the_stores_completed_runs_before_the_first_run_of_a_job()
    {
        var store = new RunStore(_root.FullName);
        var plan = Plan();
        foreach (var run in plan.Runs.Take(2))
        {
            store.Write(RunStoreTests.Record(run) with { Timings = new RunTimings(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), 3_600) });
        }
        var clock = new ManualClock();
        var executor = new TimedExecutor(clock, _ => TimeSpan.FromMinutes(1));
        var output = new StringWriter();

        var summary = new SweepRunner(store, executor, new PlainSweepProgress(output)) { Clock = clock, Budget = new SweepBudget(TimeSpan.FromMinutes(59), TimeSpan.Zero) }
            .Run(plan, TestContext.Current.CancellationToken);

        summary.Should().Be(new SweepSummary(8, 2, 0, 0, 0, 0, LeftForLater: 6));
        executor.Executions.Should().BeEmpty();
        output.ToString().Should().Contain("skip").And.Contain(
            "(left for a later sweep: estimated 01:00:00 (mean of 2 completed runs of main, mlp {\"widths\":[8,8]} on moons), 00:59:00 of the time budget left)");
        Directory.GetFiles(_root.FullName).Should().HaveCount(2);
    }

    [Fact]
    public void Without_any_completed_run_the_stated_default_estimate_decides()
    {
        var clock = new ManualClock();
        var executor = new TimedExecutor(clock, _ => TimeSpan.FromMinutes(1));

        var refused = Runner(executor, clock, TimeSpan.FromMinutes(20), defaultEstimate: TimeSpan.FromMinutes(30)).Run(Plan(), TestContext.Current.CancellationToken);
        var started = Runner(executor, clock, TimeSpan.FromMinutes(40), defaultEstimate: TimeSpan.FromMinutes(30)).Run(Plan(), TestContext.Current.CancellationToken);

        refused.Should().Be(new SweepSummary(8, 0, 0, 0, 0, 0, LeftForLater: 8));
        started.Should().Be(new SweepSummary(8, 0, 8, 0, 0, 0), "after the first run the 1-minute runs are the estimate");
    }

    [Fact]
    public void A_run_that_does_not_fit_is_skipped_and_a_shorter_one_later_in_the_plan_still_runs()
    {
        var json = TestProfiles.Tiny();
        json["models"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "wide",
            ["name"] = "mlp",
            ["options"] = new System.Text.Json.Nodes.JsonObject { ["widths"] = new System.Text.Json.Nodes.JsonArray(32, 32) },
        });
        json["experiments"]![0]!["models"] = new System.Text.Json.Nodes.JsonArray("wide", "mlp");
        var plan = SweepPlanner.Plan(ProfileLoader.Parse(json.ToJsonString(), "t.json"));
        var store = new RunStore(_root.FullName);
        var wide = plan.Runs.Where(r => IsWide(r)).ToList();
        var narrow = plan.Runs.Where(r => !IsWide(r)).ToList();
        store.Write(RunStoreTests.Record(wide[0]) with { Timings = new RunTimings(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 3_000) });
        store.Write(RunStoreTests.Record(narrow[0]) with { Timings = new RunTimings(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, 60) });
        var clock = new ManualClock();
        var executor = new TimedExecutor(clock, r => TimeSpan.FromSeconds(IsWide(r) ? 3_000 : 60));

        var summary = new SweepRunner(store, executor, NullSweepProgress.Instance) { Clock = clock, Budget = new SweepBudget(TimeSpan.FromMinutes(30), TimeSpan.Zero) }
            .Run(plan, TestContext.Current.CancellationToken);

        summary.Should().Be(new SweepSummary(16, 2, 7, 0, 0, 0, LeftForLater: 7));
        executor.Executions.Keys.Should().BeEquivalentTo(narrow.Skip(1).Select(r => r.Fingerprint), "every wide run (50 min) is left, every narrow one (1 min) runs");
    }

    [Fact]
    public void The_estimator_averages_completed_runs_of_the_most_specific_group_that_has_any()
    {
        var json = TestProfiles.Tiny();
        json["models"]!.AsArray().Add(new System.Text.Json.Nodes.JsonObject
        {
            ["id"] = "wide",
            ["name"] = "mlp",
            ["options"] = new System.Text.Json.Nodes.JsonObject { ["widths"] = new System.Text.Json.Nodes.JsonArray(32, 32) },
        });
        json["experiments"]![0]!["models"] = new System.Text.Json.Nodes.JsonArray("mlp", "wide");
        var plan = SweepPlanner.Plan(ProfileLoader.Parse(json.ToJsonString(), "t.json"));
        var narrow = plan.Runs.Where(r => !IsWide(r)).ToList();
        var wide = plan.Runs.Where(r => IsWide(r)).ToList();
        RunRecord Took(RunSpec run, double seconds, RunStatus status = RunStatus.Completed) =>
            RunStoreTests.Record(run, status) with { Timings = new RunTimings(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, seconds) };

        var estimator = new RunEstimator(plan, [Took(narrow[0], 100), Took(narrow[1], 200), Took(narrow[2], 5, RunStatus.Failed)], TimeSpan.FromHours(9));

        estimator.Estimate(narrow[3]).Should().Be(new RunEstimate(TimeSpan.FromSeconds(150), "mean of 2 completed runs of main, mlp {\"widths\":[8,8]} on moons"));
        estimator.Estimate(wide[0]).Should().Be(new RunEstimate(TimeSpan.FromSeconds(150), "mean of 2 completed runs of main"));
        estimator.Add(Took(wide[1], 900));
        estimator.Estimate(wide[0]).Should().Be(new RunEstimate(TimeSpan.FromSeconds(900), "mean of 1 completed run of main, mlp {\"widths\":[32,32]} on moons"));
        new RunEstimator(plan, [], TimeSpan.FromHours(9)).Estimate(wide[0]).Duration.Should().Be(TimeSpan.FromHours(9));
    }
}
