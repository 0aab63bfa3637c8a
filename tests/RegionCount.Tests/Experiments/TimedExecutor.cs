using System.Collections.Concurrent;
using RegionCount.Experiments;

namespace RegionCount.Tests.Experiments;

/// <summary>Each run takes <paramref name="duration"/> of its run on <paramref name="clock"/> (no real waiting).</summary>
internal sealed class TimedExecutor(ManualClock clock, Func<RunSpec, TimeSpan> duration) : IRunExecutor
{
    public ConcurrentDictionary<string, int> Executions { get; } = new(StringComparer.Ordinal);

    public string Name => "timed";

    public RunResult Execute(RunSpec run, IRunProgress progress, CancellationToken cancellationToken)
    {
        Executions.AddOrUpdate(run.Fingerprint, 1, (_, n) => n + 1);
        clock.Advance(duration(run));
        return new RunResult(RunStatus.Completed, null, new MetricTable(["epoch"], [[1]]), []);
    }
}
