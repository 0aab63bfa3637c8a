namespace RegionCount.Training;

/// <summary>The outcome of a run: its status, every epoch's metrics and the end-of-run parameter measures.</summary>
/// <param name="Status">Completed, Diverged or Cancelled.</param>
/// <param name="DivergedEpoch">The epoch whose loss was not finite; null unless diverged.</param>
/// <param name="Epochs">Metrics of epoch 0 (before training) and every epoch run.</param>
/// <param name="Measures">Parameter-based measures after the last epoch; null unless completed.</param>
/// <param name="ResumedFromEpoch">The checkpoint epoch this process resumed from; null for a fresh run.</param>
public sealed record TrainingResult(
    TrainingStatus Status,
    int? DivergedEpoch,
    IReadOnlyList<EpochMetrics> Epochs,
    ParameterMeasures? Measures,
    int? ResumedFromEpoch)
{
    /// <summary>The metrics of the last epoch run.</summary>
    public EpochMetrics Last => Epochs[^1];
}
