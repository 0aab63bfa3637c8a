namespace RegionCount.Experiments;

/// <summary>Everything that changes a run's result, and nothing else: the input of its fingerprint.</summary>
/// <param name="FormatVersion">The result-format version; bump <see cref="CurrentFormatVersion"/> when records change meaning.</param>
/// <param name="Dataset">The dataset (its id removed: labels do not change results).</param>
/// <param name="Model">The model and its options (id removed).</param>
/// <param name="Hyperparameters">The training settings.</param>
/// <param name="Seed">Seeds initialization, data order, probe draws.</param>
/// <param name="MeasurementEpochs">Sorted epochs after which region counts are measured.</param>
/// <param name="Probes">The probe settings.</param>
/// <param name="Measures">Parameter-dependent measures to record, sorted by name (ordinal); null for none.</param>
/// <param name="Study">A study run (T1, C8) instead of training; null for every training run (and dropped from the
/// fingerprint, so training runs keep theirs).</param>
public sealed record RunConfig(
    int FormatVersion,
    DatasetSpec Dataset,
    ModelSpec Model,
    RunHyperparameters Hyperparameters,
    long Seed,
    IReadOnlyList<int> MeasurementEpochs,
    IReadOnlyList<ProbeSpec> Probes,
    IReadOnlyList<ParameterMeasure>? Measures = null,
    StudySpec? Study = null)
{
    public const int CurrentFormatVersion = 1;
}
