using System.Collections.Concurrent;
using RegionCount.Experiments;

namespace RegionCount.Tests.Experiments;

/// <summary>Counts executions per fingerprint; can fail or diverge chosen runs and pause per epoch.</summary>
internal sealed class FakeExecutor(Func<RunSpec, RunStatus>? outcome = null, int millisecondsPerEpoch = 0) : IRunExecutor
{
    public ConcurrentDictionary<string, int> Executions { get; } = new(StringComparer.Ordinal);

    public string Name => "fake";

    public IReadOnlyDictionary<string, string> Environment { get; } = new Dictionary<string, string> { ["numerics"] = "fake-mode" };

    public RunResult Execute(RunSpec run, IRunProgress progress, CancellationToken cancellationToken)
    {
        Executions.AddOrUpdate(run.Fingerprint, 1, (_, n) => n + 1);
        int epochs = run.Config.Hyperparameters.Epochs;
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            if (millisecondsPerEpoch > 0)
            {
                Thread.Sleep(millisecondsPerEpoch);
            }
            progress.Epoch(epoch, epochs, null);
        }
        var status = outcome?.Invoke(run) ?? RunStatus.Completed;
        if (status == RunStatus.Failed)
        {
            throw new InvalidOperationException("boom");
        }
        return new RunResult(status, null, new MetricTable(["epoch", "loss"], [[1, 0.5], [2, 0.25]]),
            [new RegionCountMeasurement(epochs, 0, 2.5, 2.25, 2.75)]);
    }
}
