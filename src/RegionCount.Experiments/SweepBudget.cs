namespace RegionCount.Experiments;

/// <summary>A time budget for one sweep (one job of a batch system): a run is started only while the time left is at
/// least its estimate (<see cref="RunEstimator"/>), so the job ends before its engine's limit with every started run
/// recorded; the runs that did not fit are left, unclaimed, for a later job.</summary>
/// <param name="Limit">Wall time from the sweep's start.</param>
/// <param name="DefaultRunEstimate">The estimate of a run when the store holds no completed run to estimate from.</param>
public sealed record SweepBudget(TimeSpan Limit, TimeSpan DefaultRunEstimate);
