using FluentAssertions;
using RegionCount.Cli;
using RegionCount.Experiments;
using Xunit;

namespace RegionCount.Tests.Experiments;

public sealed class SweepCliTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-cli");

    public void Dispose() => _root.Delete(recursive: true);

    private (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = CliApp.Run(args, output, error);
        return (exit, output.ToString(), error.ToString());
    }

    private string Store(string name) => Path.Combine(_root.FullName, name);

    [Fact]
    public void An_invalid_profile_lists_every_problem_and_exits_nonzero()
    {
        var json = TestProfiles.Tiny();
        json["experiments"]![0]!["probes"]![0]!["resolution"] = 1;
        json["experiments"]![0]!["grid"]!["epochs"] = 0;
        string path = TestProfiles.Write(_root, json);

        var (exit, _, error) = Run("sweep", "--profile", path, "--store", Store("runs"));

        exit.Should().Be(2);
        error.TrimEnd().Should().NotContain("\n", "every problem is listed on the one error line");
        error.Should().StartWith($"error: profile {path}: 2 problems:")
            .And.Contain($"{path}: $.experiments[0].probes[0].resolution: must be at least 2 points per axis, got 1")
            .And.Contain($"{path}: $.experiments[0].grid.epochs: must be positive, got 0");
    }

    [Fact]
    public void A_train_size_beyond_the_data_copy_found_is_one_error_line_naming_profile_dataset_copy_and_field_before_any_run()
    {
        // The dry run's CIFAR-10 fixture: 300 training images, where the official set has 50,000. Before the check, every
        // run failed alone with "subset size must lie in [0, 300]", naming neither the dataset nor the field.
        var json = TestProfiles.Tiny(epochs: 1);
        json["datasets"] = new System.Text.Json.Nodes.JsonArray(new System.Text.Json.Nodes.JsonObject { ["name"] = "cifar10", ["trainSize"] = 1000, ["testSize"] = 100 });
        json["experiments"]![0]!["datasets"] = new System.Text.Json.Nodes.JsonArray("cifar10");
        string path = TestProfiles.Write(_root, json);
        string fixture = Path.Combine(DryRun.DryRunData.Fixture, "cifar-10-batches-bin");

        var (exit, output, error) = Run("sweep", "--profile", path, "--store", Store("runs"), "--data-dir", DryRun.DryRunData.Fixture);

        exit.Should().Be(CliApp.BadInput, output);
        error.Should().Be($"error: {path}: $.datasets[0].trainSize: cifar10 as found at {fixture} holds 300 training images; 1000 asks for more\n");
        Directory.Exists(Store("runs")).Should().BeFalse("nothing is written before the profile is valid");
    }

    [Fact]
    public void A_bad_shard_is_one_error_line()
    {
        var (exit, _, error) = Run("sweep", "--shard", "3/2");

        exit.Should().NotBe(0);
        error.Trim().Should().Be("error: shard '3/2': expected i/n with 1 ≤ i ≤ n, e.g. 2/4");
    }

    [Fact]
    public void Sweep_runs_its_shard_and_reproduce_resumes_then_writes_the_report_beside_the_store()
    {
        string path = TestProfiles.Write(_root, TestProfiles.Tiny(epochs: 1));

        var sweep = Run("sweep", "--profile", path, "--shard", "1/2", "--store", Store("runs"), "--test-simulated-executor", "0");
        sweep.Exit.Should().Be(0, sweep.Error);
        new RunStore(Store("runs")).ReadAll().Should().HaveCount(4);

        var reproduce = Run("reproduce", "--profile", path, "--store", Store("runs"), "--test-simulated-executor", "0");
        reproduce.Exit.Should().Be(0, reproduce.Error);
        reproduce.Output.Should().Contain("8 runs planned: 4 already done, 4 completed")
            .And.Contain("report: ");
        File.Exists(Path.Combine(_root.FullName, "report.md")).Should().BeTrue();
        File.Exists(Path.Combine(_root.FullName, "report.html")).Should().BeTrue();
    }

    [Fact]
    public void Jobs_run_worker_processes_that_share_the_store_and_never_run_a_run_twice()
    {
        string path = TestProfiles.Write(_root, TestProfiles.Tiny(epochs: 2));
        string log = Path.Combine(_root.FullName, "starts.log");

        // 0.8 s per run: one worker alone would need 6.4 s for the 8 runs, far longer than the other worker's start,
        // so both take runs even on a loaded machine (at 0.1 s per run one worker once took all 8 before the other began).
        var sweep = Run("sweep", "--profile", path, "--store", Store("runs"), "--jobs", "2",
            "--test-simulated-executor", "400", "--test-simulated-log", log);

        sweep.Exit.Should().Be(0, sweep.Output + sweep.Error);
        sweep.Output.Should().Contain("2 workers × 1 thread (canonical:1)").And.Contain("[job 1] ").And.Contain("[job 2] ")
            .And.Contain("the store holds a final record of 8 of the 8 planned runs");
        new RunStore(Store("runs")).ReadAll().Should().HaveCount(8);
        var starts = File.ReadAllLines(log).Select(l => l.Split(' ')).Where(p => p[1] == "start").ToList();
        starts.Select(p => p[2]).Should().OnlyHaveUniqueItems("the run locks keep two workers off one run").And.HaveCount(8);
        starts.Select(p => p[0]).Distinct().Should().HaveCount(2, "both workers took runs")
            .And.NotContain(Environment.ProcessId.ToString(System.Globalization.CultureInfo.InvariantCulture), "the runs ran in worker processes");
    }

    [Fact]
    public void A_time_budget_that_fits_no_run_exits_3_leaving_the_store_as_it_was_and_a_longer_one_finishes()
    {
        string path = TestProfiles.Write(_root, TestProfiles.Tiny(epochs: 1));
        var plan = SweepPlanner.Plan(ProfileLoader.Load(path));
        var store = new RunStore(Store("runs"));
        foreach (var run in plan.Runs.Take(2))
        {
            // Two runs that took an hour each: the estimate of every other run.
            store.Write(RunStoreTests.Record(run) with { Timings = new RunTimings(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), 3_600) });
        }

        var spent = Run("sweep", "--profile", path, "--store", Store("runs"), "--time-budget", "30m", "--test-simulated-executor", "0");

        spent.Exit.Should().Be(CliApp.BudgetSpent, spent.Error);
        spent.Output.Should().Contain("time budget 00:30:00")
            .And.Contain("8 runs planned: 2 already done, 0 completed, 0 diverged, 0 failed, 0 held by another sweep, 6 left for a later sweep (time budget)")
            .And.Contain("time budget 00:30:00 spent: 6 runs left for a later sweep (exit code 3); run a sweep on the same store again to continue");
        Directory.GetFiles(Store("runs")).Should().HaveCount(2);

        var rest = Run("sweep", "--profile", path, "--store", Store("runs"), "--time-budget", "1-00:00:00", "--test-simulated-executor", "0");

        rest.Exit.Should().Be(0, rest.Error);
        rest.Output.Should().Contain("8 runs planned: 2 already done, 6 completed");
        Directory.GetFiles(Store("runs")).Should().HaveCount(8);
    }

    [Fact]
    public void Jobs_pass_the_time_budget_to_every_worker_and_exit_3_when_runs_are_left()
    {
        string path = TestProfiles.Write(_root, TestProfiles.Tiny(epochs: 1));
        var plan = SweepPlanner.Plan(ProfileLoader.Load(path));
        var store = new RunStore(Store("runs"));
        store.Write(RunStoreTests.Record(plan.Runs[0]) with { Timings = new RunTimings(DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch.AddHours(1), 3_600) });

        var sweep = Run("sweep", "--profile", path, "--store", Store("runs"), "--jobs", "2", "--time-budget", "30m", "--test-simulated-executor", "0");

        sweep.Exit.Should().Be(CliApp.BudgetSpent, sweep.Output + sweep.Error);
        sweep.Output.Should().Contain("[job 1] time budget 00:30:00 spent: 7 runs left").And.Contain("[job 2] time budget 00:30:00 spent: 7 runs left");
        Directory.GetFiles(Store("runs")).Should().ContainSingle();
    }

    [Fact]
    public void Status_says_how_much_of_the_plan_or_shard_is_recorded_and_exits_3_until_it_all_is()
    {
        string path = TestProfiles.Write(_root, TestProfiles.Tiny(epochs: 1));
        Run("sweep", "--profile", path, "--shard", "1/2", "--store", Store("runs"), "--test-simulated-executor", "0");

        var all = Run("sweep", "--status", "--profile", path, "--store", Store("runs"));
        var shard = Run("sweep", "--status", "--profile", path, "--shard", "1/2", "--store", Store("runs"));

        all.Exit.Should().Be(CliApp.BudgetSpent, all.Error);
        all.Output.Should().Contain("shard 1/1: 8 runs planned: 4 done, 0 failed (retried by the next sweep), 4 not run; 0 claimed now");
        shard.Exit.Should().Be(0, shard.Error);
        shard.Output.Should().Contain("shard 1/2: 4 runs planned: 4 done, 0 failed");
        Directory.GetFiles(Store("runs")).Should().HaveCount(4, "--status runs and claims nothing");
    }

    [Fact]
    public void Experiments_cut_the_plan_to_a_tier_and_the_status_of_the_whole_profile_shows_the_rest_left()
    {
        var plan = SweepPlanner.Plan(ProfileLoader.Load("smoke"));
        int tier = plan.Runs.Count(r => r.Experiments.Contains("lr-sweep") || r.Experiments.Contains("rays"));

        var sweep = Run("sweep", "--profile", "smoke", "--experiments", "lr-sweep, rays", "--store", Store("runs"), "--test-simulated-executor", "0");
        var tierStatus = Run("sweep", "--status", "--profile", "smoke", "--experiments", "lr-sweep,rays", "--store", Store("runs"));
        var all = Run("sweep", "--status", "--profile", "smoke", "--store", Store("runs"));

        sweep.Exit.Should().Be(0, sweep.Error);
        tier.Should().BeInRange(1, plan.Runs.Count - 1);
        Directory.GetFiles(Store("runs")).Should().HaveCount(tier);
        tierStatus.Exit.Should().Be(0, tierStatus.Error);
        tierStatus.Output.Should().Contain($"{tier} runs planned: {tier} done");
        all.Exit.Should().Be(CliApp.BudgetSpent);
        all.Output.Should().Contain($"{plan.Runs.Count} runs planned: {tier} done");
    }

    [Fact]
    public void Merge_copies_stores_together_and_reports_conflicts_with_a_nonzero_exit()
    {
        string path = TestProfiles.Write(_root, TestProfiles.Tiny(epochs: 1));
        Run("sweep", "--profile", path, "--shard", "1/2", "--store", Store("a"), "--test-simulated-executor", "0");
        Run("sweep", "--profile", path, "--shard", "2/2", "--store", Store("b"), "--test-simulated-executor", "0");

        var merged = Run("merge", Store("a"), Store("b"), "--into", Store("all"));

        merged.Exit.Should().Be(0, merged.Error);
        merged.Output.Should().Contain("8 copied");
        var record = new RunStore(Store("a")).ReadAll()[0];
        new RunStore(Store("c")).Write(record with { Message = "different" });
        var conflict = Run("merge", Store("c"), "--into", Store("all"));
        conflict.Exit.Should().Be(1);
        conflict.Output.Should().Contain($"conflict: {Path.Combine(Store("c"), record.Fingerprint + ".json")}");
    }
}
