namespace RegionCount.Experiments;

/// <summary>What a sweep reports: one sweep line (done/total, ETA) and the current run's epoch line.</summary>
public interface ISweepProgress
{
    void RunStarted(RunSpec run, SweepStatus status);

    void Epoch(RunSpec run, int epoch, int epochs, string? detail);

    void RunFinished(RunRecord record, SweepStatus status);

    void RunSkipped(RunSpec run, string reason, SweepStatus status);
}
