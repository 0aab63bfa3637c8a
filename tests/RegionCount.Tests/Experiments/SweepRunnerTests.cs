using FluentAssertions;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class SweepRunnerTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-sweep");

    public void Dispose() => _root.Delete(recursive: true);

    private static SweepPlan Plan() => SweepPlanner.Plan(ProfileLoader.Parse(TestProfiles.Tiny().ToJsonString(), "t.json"));

    [Fact]
    public void A_sweep_stores_one_verified_record_per_run()
    {
        var store = new RunStore(_root.FullName);
        var executor = new FakeExecutor();

        var summary = new SweepRunner(store, executor, NullSweepProgress.Instance).Run(Plan(), TestContext.Current.CancellationToken);

        summary.Should().Be(new SweepSummary(8, 0, 8, 0, 0, 0));
        store.ReadAll().Select(r => r.Fingerprint).Should().BeEquivalentTo(Plan().Runs.Select(r => r.Fingerprint));
        store.ReadAll().Should().OnlyContain(r => r.Environment["executor"] == "fake" && r.Environment["numerics"] == "fake-mode" && r.Timings.Seconds >= 0);
    }

    [Fact]
    public void Resume_skips_completed_runs()
    {
        var store = new RunStore(_root.FullName);
        var plan = Plan();
        var done = plan.Runs.Take(3).ToList();
        foreach (var run in done)
        {
            store.Write(RunStoreTests.Record(run));
        }
        var executor = new FakeExecutor();

        var summary = new SweepRunner(store, executor, NullSweepProgress.Instance).Run(plan, TestContext.Current.CancellationToken);

        summary.AlreadyDone.Should().Be(3);
        summary.Completed.Should().Be(5);
        executor.Executions.Keys.Should().NotIntersectWith(done.Select(r => r.Fingerprint));
        new SweepRunner(store, executor, NullSweepProgress.Instance).Run(plan, TestContext.Current.CancellationToken).Completed.Should().Be(0);
        executor.Executions.Values.Should().OnlyContain(n => n == 1);
    }

    [Fact]
    public void An_executor_error_becomes_a_failed_record_that_resume_retries_while_diverged_runs_stay_done()
    {
        var store = new RunStore(_root.FullName);
        var plan = Plan();
        string failing = plan.Runs[1].Fingerprint, diverging = plan.Runs[2].Fingerprint;
        var first = new FakeExecutor(r => r.Fingerprint == failing ? RunStatus.Failed : r.Fingerprint == diverging ? RunStatus.Diverged : RunStatus.Completed);

        var summary = new SweepRunner(store, first, NullSweepProgress.Instance).Run(plan, TestContext.Current.CancellationToken);

        summary.Should().Be(new SweepSummary(8, 0, 6, 1, 1, 0));
        store.TryRead(failing)!.Should().Match<RunRecord>(r => r.Status == RunStatus.Failed && r.Message == "InvalidOperationException: boom");
        var second = new FakeExecutor();
        new SweepRunner(store, second, NullSweepProgress.Instance).Run(plan, TestContext.Current.CancellationToken);
        second.Executions.Keys.Should().Equal(failing);
        store.TryRead(failing)!.Status.Should().Be(RunStatus.Completed);
        store.TryRead(diverging)!.Status.Should().Be(RunStatus.Diverged);
    }

    [Fact]
    public void A_run_held_by_another_sweep_is_left_to_it()
    {
        var store = new RunStore(_root.FullName);
        var plan = Plan();
        using var held = store.TryClaim(plan.Runs[0].Fingerprint);
        var executor = new FakeExecutor();

        var summary = new SweepRunner(store, executor, NullSweepProgress.Instance).Run(plan, TestContext.Current.CancellationToken);

        summary.HeldElsewhere.Should().Be(1);
        executor.Executions.Keys.Should().NotContain(plan.Runs[0].Fingerprint);
    }

    [Fact]
    public void A_store_with_a_record_that_does_not_match_its_fingerprint_stops_the_sweep_before_any_run()
    {
        var store = new RunStore(_root.FullName);
        var plan = Plan();
        store.Write(RunStoreTests.Record(plan.Runs[0]) with { Fingerprint = plan.Runs[1].Fingerprint });
        var executor = new FakeExecutor();

        var act = () => new SweepRunner(store, executor, NullSweepProgress.Instance).Run(plan, TestContext.Current.CancellationToken);

        act.Should().Throw<StoreException>().WithMessage($"*{plan.Runs[1].Fingerprint}.json*does not match its config*");
        executor.Executions.Should().BeEmpty();
    }

    [Fact]
    public async Task Two_sweeps_on_one_store_at_once_run_and_write_every_run_exactly_once()
    {
        var store = new RunStore(_root.FullName);
        var plan = Plan();
        var executor = new FakeExecutor(millisecondsPerEpoch: 5);
        using var start = new Barrier(2);
        SweepSummary Sweep()
        {
            start.SignalAndWait();
            return new SweepRunner(new RunStore(_root.FullName), executor, NullSweepProgress.Instance).Run(plan, TestContext.Current.CancellationToken);
        }

        var a = Task.Run(Sweep, TestContext.Current.CancellationToken);
        var b = Task.Run(Sweep, TestContext.Current.CancellationToken);
        var results = await Task.WhenAll(a, b);

        executor.Executions.Should().HaveCount(8).And.OnlyContain(e => e.Value == 1);
        (results[0].Completed + results[1].Completed).Should().Be(8);
        store.ReadAll().Should().HaveCount(8).And.OnlyContain(r => r.Status == RunStatus.Completed);
        Directory.GetFiles(_root.FullName).Should().HaveCount(8, "no lock or temporary file is left behind");
    }

    [Fact]
    public void A_running_claim_keeps_its_heartbeat_without_epochs()
    {
        var store = new RunStore(_root.FullName);
        var plan = Plan() with { Runs = [Plan().Runs[0]] };
        var executor = new SilentExecutor(store.LockPath(plan.Runs[0].Fingerprint));

        new SweepRunner(store, executor, NullSweepProgress.Instance) { HeartbeatInterval = TimeSpan.FromMilliseconds(50) }
            .Run(plan, TestContext.Current.CancellationToken);

        executor.HeartbeatAge.Should().BeLessThan(TimeSpan.FromMinutes(1), "the timer touched the lock the executor had aged by an hour");
    }

    [Fact]
    public void Progress_reports_done_over_total()
    {
        var store = new RunStore(_root.FullName);
        var output = new StringWriter();

        new SweepRunner(store, new FakeExecutor(), new PlainSweepProgress(output)).Run(Plan(), TestContext.Current.CancellationToken);

        var lines = output.ToString().Split('\n');
        lines.Should().Contain(l => l.StartsWith("[0/8 runs, ETA unknown] start", StringComparison.Ordinal));
        lines.Should().Contain(l => l.StartsWith("[8/8 runs, ETA 00:00:00] completed", StringComparison.Ordinal));
        lines.Should().Contain(l => l.Contains("epoch 3/3", StringComparison.Ordinal));
    }

    /// <summary>Reports no epoch: ages its run's lock by an hour, works for a while, then measures the lock's age.</summary>
    private sealed class SilentExecutor(string lockPath) : IRunExecutor
    {
        public TimeSpan HeartbeatAge { get; private set; }

        public string Name => "silent";

        public RunResult Execute(RunSpec run, IRunProgress progress, CancellationToken cancellationToken)
        {
            File.SetLastWriteTimeUtc(lockPath, DateTime.UtcNow.AddHours(-1));
            Thread.Sleep(500);
            HeartbeatAge = DateTime.UtcNow - File.GetLastWriteTimeUtc(lockPath);
            return new RunResult(RunStatus.Completed, null, MetricTable.Empty, []);
        }
    }
}
