using RegionCount.Experiments;

namespace RegionCount.Tests.Execution;

/// <summary>Progress that records the epochs it is told about and cancels the run once epoch
/// <paramref name="killAfter"/> has been reported: the trainer still checkpoints that epoch and stops before the next
/// one, which leaves what a kill right after that checkpoint leaves. A negative epoch never cancels.</summary>
internal sealed class CancelAfterEpoch(int killAfter) : IRunProgress, IDisposable
{
    private readonly CancellationTokenSource _cancel = new();

    public CancellationToken Token => _cancel.Token;

    public List<int> Reported { get; } = [];

    public void Epoch(int epoch, int epochs, string? detail)
    {
        Reported.Add(epoch);
        if (epoch == killAfter)
        {
            _cancel.Cancel();
        }
    }

    public void Dispose() => _cancel.Dispose();
}
