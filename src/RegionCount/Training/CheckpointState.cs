namespace RegionCount.Training;

/// <summary>The JSON part of a checkpoint: where the run stands and what it measured so far.</summary>
/// <param name="Epoch">The last completed epoch (the weights in <paramref name="Folder"/> are after it).</param>
/// <param name="Folder">The sub-folder holding model.bin and optimizer.bin of that epoch.</param>
/// <param name="Status">Completed (so far) or Diverged.</param>
/// <param name="DivergedEpoch">The epoch that diverged, if any.</param>
/// <param name="Fingerprint">The options that determine results; a resume with other options is refused.</param>
/// <param name="Metrics">Epoch 0 .. <paramref name="Epoch"/> (and the diverged epoch, if any).</param>
internal sealed record CheckpointState(
    int Epoch,
    string Folder,
    TrainingStatus Status,
    int? DivergedEpoch,
    string Fingerprint,
    IReadOnlyList<EpochMetrics> Metrics);
