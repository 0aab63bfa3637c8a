using System.Diagnostics;
using System.Runtime.InteropServices;

namespace RegionCount.Experiments;

/// <summary>Runs a plan against a store: skips runs already done (resume), claims each run before executing it so
/// concurrent sweeps never run or write one twice, turns executor errors into failed records, writes every record
/// atomically.</summary>
public sealed class SweepRunner(RunStore store, IRunExecutor executor, ISweepProgress progress)
{
    /// <summary>Recorded in every record besides the executor's name; defaults to host, OS, .NET and cores.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; init; } = DefaultEnvironment();

    /// <exception cref="StoreException">The store holds a record that cannot be trusted (nothing is run).</exception>
    public SweepSummary Run(SweepPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        store.CleanTemporaryFiles();
        store.CleanStaleLocks();
        var done = store.ReadAll().Where(r => r.IsFinal).Select(r => r.Fingerprint).ToHashSet(StringComparer.Ordinal);
        int total = plan.Runs.Count;
        int alreadyDone = plan.Runs.Count(r => done.Contains(r.Fingerprint));
        int finished = alreadyDone, completed = 0, diverged = 0, failed = 0, held = 0, executed = 0;
        var clock = Stopwatch.StartNew();
        SweepStatus Status()
        {
            TimeSpan? remaining = executed == 0 ? null : clock.Elapsed / executed * Math.Max(0, total - finished);
            return new SweepStatus(finished, total, remaining);
        }
        foreach (var run in plan.Runs)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (done.Contains(run.Fingerprint))
            {
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
            var record = Execute(run, claim, cancellationToken);
            store.Write(record);
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
        return new SweepSummary(total, alreadyDone, completed, diverged, failed, held);
    }

    private RunRecord Execute(RunSpec run, RunClaim claim, CancellationToken cancellationToken)
    {
        var started = DateTimeOffset.UtcNow;
        var watch = Stopwatch.StartNew();
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
            new RunTimings(started, DateTimeOffset.UtcNow, watch.Elapsed.TotalSeconds, result.Phases), environment);
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
