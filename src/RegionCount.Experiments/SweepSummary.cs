namespace RegionCount.Experiments;

/// <summary>How a sweep ended: runs executed now by outcome, runs found done, runs another sweep was holding.</summary>
public sealed record SweepSummary(int Planned, int AlreadyDone, int Completed, int Diverged, int Failed, int HeldElsewhere)
{
    public override string ToString() =>
        $"{Planned} runs planned: {AlreadyDone} already done, {Completed} completed, {Diverged} diverged, {Failed} failed, " +
        $"{HeldElsewhere} held by another sweep";
}
