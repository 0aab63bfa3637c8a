namespace RegionCount.Training;

/// <summary>The JSON part of a checkpoint: where the run stands and what it measured so far.</summary>
/// <param name="Epoch">The last completed epoch (the weights in <paramref name="Folder"/> are after it).</param>
/// <param name="Folder">The sub-folder holding model.bin and optimizer.bin of that epoch.</param>
/// <param name="Status">Completed (so far) or Diverged.</param>
/// <param name="DivergedEpoch">The epoch that diverged, if any.</param>
/// <param name="Fingerprint">The options that determine results; a resume with other options is refused.</param>
/// <param name="Metrics">Epoch 0 .. <paramref name="Epoch"/> (and the diverged epoch, if any), probe readings included.</param>
internal sealed record CheckpointState(
    int Epoch,
    string Folder,
    TrainingStatus Status,
    int? DivergedEpoch,
    string Fingerprint,
    IReadOnlyList<EpochMetrics> Metrics)
{
    /// <summary>Whether every measurement epoch up to <see cref="Epoch"/> holds a reading of every named probe. A
    /// checkpoint written before readings were checkpointed (or by a run with other probes) does not, and resuming
    /// from it would lose those measurements.</summary>
    public bool HoldsReadings(IEnumerable<int> measurementEpochs, IReadOnlyCollection<string> probeNames) =>
        probeNames.Count == 0 || measurementEpochs.Where(e => e <= Epoch).All(e =>
            Metrics.FirstOrDefault(m => m.Epoch == e)?.ProbeDetails is { } details && probeNames.All(details.ContainsKey));
}
