using System.CommandLine;
using System.Runtime.InteropServices;
using RegionCount.Data;
using RegionCount.Execution;
using RegionCount.Experiments;
using Spectre.Console;

namespace RegionCount.Cli.Commands;

/// <summary>`regioncount sweep --profile P [--shard i/n] [--store DIR] [--time-budget T]`: validate the profile, plan its
/// runs, run the ones the store does not hold yet (resumable; concurrent sweeps on one store, on one machine or several
/// sharing a file system, are safe). Exit code 0 when the plan is done, 1 when a run failed, 3
/// (<see cref="CliApp.BudgetSpent"/>) when the time budget left runs for a later sweep. SIGINT and SIGTERM (a batch
/// system's kill) cancel the running run and release its claim.</summary>
internal static class SweepCommand
{
    public static Command Create(TextWriter output, IRunExecutorFactory executors)
    {
        var options = new SweepOptions();
        var status = new Option<bool>("--status")
        {
            Description = "Run nothing: say how much of the plan (or shard) the store holds; exit 0 when every run has a final record, else 3.",
        };
        var command = new Command("sweep", "Train and measure every run of a profile into a result store (resumable, shardable).");
        options.AddTo(command);
        command.Options.Add(status);
        command.SetAction(parse => parse.GetValue(status) ? Status(parse, options, output) : Execute(parse, options, output, executors, out _));
        return command;
    }

    /// <summary>`sweep --status`: the plan (or shard) against the store's records, without running or claiming anything
    /// and without needing the data (a report machine asks it). Exit 0 when complete, <see cref="CliApp.BudgetSpent"/>
    /// (runs left for a later sweep) otherwise.</summary>
    public static int Status(ParseResult parse, SweepOptions options, TextWriter output)
    {
        var shard = ParseShard(parse, options);
        var profile = options.LoadProfile(parse, null);
        var plan = options.Plan(parse, profile, shard);
        string directory = options.StoreDirectory(parse, profile, out string label);
        CommonOptions.Require(CommonOptions.FolderToReadProblem, directory, label);
        var store = new RunStore(directory);
        IReadOnlyList<RunRecord> records;
        try
        {
            records = store.ReadAll();
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
        var byFingerprint = records.ToDictionary(r => r.Fingerprint, StringComparer.Ordinal);
        int done = plan.Runs.Count(r => byFingerprint.GetValueOrDefault(r.Fingerprint) is { IsFinal: true });
        int failed = plan.Runs.Count(r => byFingerprint.GetValueOrDefault(r.Fingerprint) is { IsFinal: false });
        int held = plan.Runs.Count(r => File.Exists(store.LockPath(r.Fingerprint)));
        int left = plan.Runs.Count - done;
        output.WriteLine($"profile {profile.Name}, shard {shard}: {plan.Runs.Count} runs planned: {done} done, {failed} failed (retried by the next sweep), " +
            $"{left - failed} not run; {held} claimed now; store {store.Directory}");
        return left == 0 ? 0 : CliApp.BudgetSpent;
    }

    private static ShardSpec ParseShard(ParseResult parse, SweepOptions options)
    {
        try
        {
            return ShardSpec.Parse(parse.GetValue(options.Shard) ?? "1/1");
        }
        catch (FormatException e)
        {
            throw new CliException(e.Message);
        }
    }

    /// <summary>Shared by `sweep` and `reproduce`. Returns the exit code; <paramref name="storeDirectory"/> the store used.</summary>
    public static int Execute(ParseResult parse, SweepOptions options, TextWriter output, IRunExecutorFactory executors, out string storeDirectory)
    {
        var shard = ParseShard(parse, options);
        string? dataDir = parse.GetValue(options.DataDir);
        var profile = options.LoadProfile(parse, new DataLocatorAvailability(DataLocator.FromEnvironment(dataDir)));
        var plan = options.Plan(parse, profile, shard);
        storeDirectory = options.StoreDirectory(parse, profile, out string label);
        CommonOptions.Require(CommonOptions.FolderToWriteProblem, storeDirectory, label);
        var budget = options.Budget(parse);
        if (budget is null && parse.GetValue(options.RunEstimate) is not null)
        {
            throw new CliException("--run-estimate: only means something with --time-budget");
        }
        if (parse.GetValue(options.Jobs) is var jobs and > 1)
        {
            return SweepWorkers.Run(jobs, parse, options, profile, plan, shard, storeDirectory, output);
        }
        var executor = ResolveExecutor(parse, options, executors, dataDir, output);
        var store = new RunStore(storeDirectory);
        output.WriteLine($"profile {profile.Name} ({profile.Source}), shard {shard}: {plan.Runs.Count} runs, store {store.Directory}" +
            (budget is null ? "" : $", time budget {RunEstimate.Format(budget.Limit)}"));
        using var cancel = new CancellationTokenSource();
        void OnCancel(object? sender, ConsoleCancelEventArgs e)
        {
            e.Cancel = true;
            cancel.Cancel();
        }
        Console.CancelKeyPress += OnCancel;
        // A batch system ends a job with SIGTERM (then SIGKILL after a grace period): cancel like Ctrl+C, so the running
        // run's claim is released and no record is written for it.
        using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
        {
            context.Cancel = true;
            cancel.Cancel();
        });
        try
        {
            var summary = Interactive(output)
                ? RunWithSpectre(store, executor, plan, budget, cancel.Token)
                : new SweepRunner(store, executor, new PlainSweepProgress(output)) { Budget = budget }.Run(plan, cancel.Token);
            output.WriteLine(summary);
            if (summary.BudgetSpent)
            {
                output.WriteLine($"time budget {RunEstimate.Format(budget!.Limit)} spent: {summary.LeftForLater} runs left for a later sweep " +
                    $"(exit code {CliApp.BudgetSpent}); run a sweep on the same store again to continue");
                return CliApp.BudgetSpent;
            }
            return summary.Failed == 0 ? 0 : 1;
        }
        catch (StoreException e)
        {
            throw new CliException(e.Message);
        }
        catch (OperationCanceledException)
        {
            throw new CliException("sweep cancelled; completed runs are stored, run the same command again to resume");
        }
        finally
        {
            Console.CancelKeyPress -= OnCancel;
        }
    }

    /// <summary>The executor; the device is resolved here (before it), once, so a missing CUDA is one error line and
    /// the executor gets the device it was resolved to.</summary>
    private static IRunExecutor ResolveExecutor(ParseResult parse, SweepOptions options, IRunExecutorFactory executors, string? dataDir, TextWriter output)
    {
        string device = CommonOptions.ResolveDevice(parse.GetValue(options.Device), output);
        if (parse.GetValue(options.SimulateMilliseconds) is int milliseconds)
        {
            return new SimulatedRunExecutor(milliseconds, parse.GetValue(options.SimulateLog));
        }
        try
        {
            return executors.Create(new ExecutorSettings(dataDir, device, parse.GetValue(options.Threads), CachePaths.Default(), parse.GetValue(options.MemoryBudget)));
        }
        catch (InvalidOperationException e)
        {
            // The runtime's refusals: a thread count the canonical numeric mode does not allow, a bad
            // $REGIONCOUNT_NUMERICS, a device that is not there.
            throw new CliException(e.Message);
        }
    }

    private static bool Interactive(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
        && !string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    private static SweepSummary RunWithSpectre(RunStore store, IRunExecutor executor, SweepPlan plan, SweepBudget? budget, CancellationToken cancellationToken) =>
        AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn { Alignment = Justify.Left }, new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .Start(context =>
            {
                var progress = new SpectreProgress(context.AddTask("sweep", maxValue: Math.Max(1, plan.Runs.Count)), context.AddTask("run"));
                return new SweepRunner(store, executor, progress) { Budget = budget }.Run(plan, cancellationToken);
            });

    /// <summary>Two Spectre lines: the sweep (done/total, ETA) and the current run's epochs.</summary>
    private sealed class SpectreProgress(ProgressTask sweep, ProgressTask current) : ISweepProgress
    {
        public void RunStarted(RunSpec run, SweepStatus status)
        {
            Update(status);
            current.Description = Short($"{run.Fingerprint[..8]} {run.Label}");
            current.MaxValue = run.Config.Hyperparameters.Epochs;
            current.Value = 0;
        }

        public void Epoch(RunSpec run, int epoch, int epochs, string? detail)
        {
            current.Value = epoch;
            current.Description = Short($"{run.Fingerprint[..8]} epoch {epoch}/{epochs} {detail}");
        }

        public void RunFinished(RunRecord record, SweepStatus status) => Update(status);

        public void RunSkipped(RunSpec run, string reason, SweepStatus status) => Update(status);

        private static string Short(string text) => Markup.Escape(text.Length <= 48 ? text : text[..47] + "…");

        private void Update(SweepStatus status)
        {
            sweep.Value = status.Done;
            sweep.Description = Markup.Escape($"sweep {status.Describe()}");
        }
    }
}
