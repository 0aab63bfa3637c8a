using System.Globalization;

namespace RegionCount.Experiments;

/// <summary>TEST ONLY: an executor that trains nothing. It sleeps <paramref name="millisecondsPerEpoch"/> per epoch and
/// returns a record whose environment says "executor: simulated (no training)" and whose metrics hold no results, only
/// the epoch numbers. Used by the crash/resume tests through a hidden CLI option; never a source of results.</summary>
public sealed class SimulatedRunExecutor(int millisecondsPerEpoch, string? logPath) : IRunExecutor
{
    public string Name => "simulated (no training)";

    public RunResult Execute(RunSpec run, IRunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        Log($"start {run.Fingerprint}");
        int epochs = run.Config.Hyperparameters.Epochs;
        var rows = new List<IReadOnlyList<double>>();
        for (int epoch = 1; epoch <= epochs; epoch++)
        {
            Thread.Sleep(millisecondsPerEpoch);
            cancellationToken.ThrowIfCancellationRequested();
            rows.Add([epoch]);
            progress.Epoch(epoch, epochs, null);
        }
        Log($"end {run.Fingerprint}");
        return new RunResult(RunStatus.Completed, "simulated: no training was done", new MetricTable(["epoch"], rows), []);
    }

    private void Log(string line)
    {
        if (logPath is not null)
        {
            File.AppendAllText(logPath, string.Create(CultureInfo.InvariantCulture, $"{Environment.ProcessId} {line}\n"));
        }
    }
}
