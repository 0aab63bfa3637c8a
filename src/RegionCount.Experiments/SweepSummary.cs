namespace RegionCount.Experiments;

/// <summary>How a sweep ended: runs executed now by outcome, runs found done, runs another sweep was holding, and runs
/// left unclaimed because the time budget could not fit them (<see cref="SweepRunner.Budget"/>).</summary>
public sealed record SweepSummary(int Planned, int AlreadyDone, int Completed, int Diverged, int Failed, int HeldElsewhere, int LeftForLater = 0)
{
    /// <summary>Whether the time budget stopped this sweep before the plan was done.</summary>
    public bool BudgetSpent => LeftForLater > 0;

    public override string ToString() =>
        $"{Planned} runs planned: {AlreadyDone} already done, {Completed} completed, {Diverged} diverged, {Failed} failed, " +
        $"{HeldElsewhere} held by another sweep" + (LeftForLater > 0 ? $", {LeftForLater} left for a later sweep (time budget)" : "");
}
