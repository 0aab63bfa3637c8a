using RegionCount.Experiments;

namespace RegionCount.Tests.Experiments;

internal sealed class NullSweepProgress : ISweepProgress
{
    public static NullSweepProgress Instance { get; } = new();

    public void RunStarted(RunSpec run, SweepStatus status)
    {
    }

    public void Epoch(RunSpec run, int epoch, int epochs, string? detail)
    {
    }

    public void RunFinished(RunRecord record, SweepStatus status)
    {
    }

    public void RunSkipped(RunSpec run, string reason, SweepStatus status)
    {
    }
}
