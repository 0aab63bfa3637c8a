using System.Runtime.InteropServices;

namespace RegionCount.Experiments;

/// <summary>Runs a plan against a store: skips runs already done (resume), claims each run before executing it so
/// concurrent sweeps never run or write one twice, keeps the claim's heartbeat going while it runs, turns executor
/// errors into failed records, writes every record atomically. With a <see cref="Budget"/> it starts a run only while
/// the time left covers the run's estimate, and leaves the others unclaimed for a later sweep.</summary>
public sealed class SweepRunner(RunStore store, IRunExecutor executor, ISweepProgress progress)
{
    /// <summary>Recorded in every record besides the executor's name; defaults to host, OS, .NET and cores.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = DefaultEnvironment();

    /// <summary>The time budget of this sweep; null runs the whole plan.</summary>
    public SweepBudget? Budget { get; init; }

    /// <summary>The clock of the budget and of the ETA (a manual one in tests).</summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>How often a running claim's lock file is touched, independent of epochs (a run's measurement can take
    /// longer than an epoch); must stay well below <see cref="RunStore.StaleLockAge"/>.</summary>
    public TimeSpan HeartbeatInterval { get; init; } = TimeSpan.FromSeconds(30);

    /// <exception cref="StoreException">The store holds a record that cannot be trusted (nothing is run).</exception>
    public SweepSummary Run(SweepPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        long start = Clock.GetTimestamp();
        store.CleanTemporaryFiles();
        store.CleanStaleLocks();
        var records = store.ReadAll();
        var done = records.Where(r => r.IsFinal).Select(r => r.Fingerprint).ToHashSet(StringComparer.Ordinal);
        var estimator = Budget is null ? null : new RunEstimator(plan, records, Budget.DefaultRunEstimate);
        int total = plan.Runs.Count;
        int alreadyDone = plan.Runs.Count(r => done.Contains(r.Fingerprint));
        int finished = alreadyDone, completed = 0, diverged = 0, failed = 0, held = 0, executed = 0, later = 0;
        SweepStatus Status()
        {
            TimeSpan? remaining = executed == 0 ? null : Clock.GetElapsedTime(start) / executed * Math.Max(0, total - finished);
            return new SweepStatus(finished, total, remaining);
        }
        foreach (var run in plan.Runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (done.Contains(run.Fingerprint))
            {
                continue;
            }
            if (estimator is not null && !Fits(run, estimator, start, out string why))
            {
                // Not claimed: a later sweep (any machine on the store) takes it.
                later++;
                progress.RunSkipped(run, why, Status());
                continue;
            }
            using var claim = store.TryClaim(run.Fingerprint);
            if (claim is null)
            {
                held++;
                progress.RunSkipped(run, "claimed by another sweep", Status());
                continue;
            }
            if (store.TryRead(run.Fingerprint) is { IsFinal: true })
            {
                // Finished by another sweep between our listing and our claim.
                alreadyDone++;
                finished++;
                progress.RunSkipped(run, "finished by another sweep", Status());
                continue;
            }
            progress.RunStarted(run, Status());
            RunRecord record;
            using (new Timer(_ => claim.Touch(), null, HeartbeatInterval, HeartbeatInterval))
            {
                record = Execute(run, claim, cancellationToken);
            }
            store.Write(record);
            estimator?.Add(record);
            executed++;
            finished += record.IsFinal ? 1 : 0;
            switch (record.Status)
            {
                case RunStatus.Completed: completed++; break;
                case RunStatus.Diverged: diverged++; break;
                default: failed++; break;
            }
            progress.RunFinished(record, Status());
        }
        return new SweepSummary(total, alreadyDone, completed, diverged, failed, held, later);
    }

    /// <summary>Whether the budget's time left covers <paramref name="run"/>'s estimate; if not, <paramref name="why"/> says so.</summary>
    private bool Fits(RunSpec run, RunEstimator estimator, long start, out string why)
    {
        var estimate = estimator.Estimate(run);
        var left = Budget!.Limit - Clock.GetElapsedTime(start);
        why = $"left for a later sweep: estimated {estimate}, {RunEstimate.Format(left > TimeSpan.Zero ? left : TimeSpan.Zero)} of the time budget left";
        return estimate.Duration <= left;
    }

    private RunRecord Execute(RunSpec run, RunClaim claim, CancellationToken cancellationToken)
    {
        var started = Clock.GetUtcNow();
        long watch = Clock.GetTimestamp();
        RunResult result;
        try
        {
            result = executor.Execute(run, new ClaimProgress(run, claim, progress), cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Any executor error becomes a failed record naming it; the sweep goes on.
        catch (Exception e)
#pragma warning restore CA1031
        {
            result = new RunResult(RunStatus.Failed, $"{e.GetType().Name}: {e.Message}", MetricTable.Empty, []);
        }
        var environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal) { ["executor"] = executor.Name };
        foreach (var (key, value) in executor.Environment.Concat(result.Environment ?? new Dictionary<string, string>()))
        {
            environment[key] = value;
        }
        return new RunRecord(RunConfig.CurrentFormatVersion, run.Fingerprint, run.Config, run.Config.Seed, result.Status,
            result.Message, result.Metrics, result.RegionCounts, result.Summary,
            new RunTimings(started, Clock.GetUtcNow(), Clock.GetElapsedTime(watch).TotalSeconds, result.Phases), environment);
    }

    private static Dictionary<string, string> DefaultEnvironment() => new(StringComparer.Ordinal)
    {
        ["host"] = LockInfo.ThisHost,
        ["os"] = RuntimeInformation.OSDescription,
        [".net"] = RuntimeInformation.FrameworkDescription,
        ["cores"] = System.Environment.ProcessorCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private sealed class ClaimProgress(RunSpec run, RunClaim claim, ISweepProgress progress) : IRunProgress
    {
        public void Epoch(int epoch, int epochs, string? detail)
        {
            claim.Touch();
            progress.Epoch(run, epoch, epochs, detail);
        }
    }
}
