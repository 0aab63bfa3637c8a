namespace RegionCount.Experiments;

/// <summary>What an executor returns for one run; the runner adds fingerprint, configuration, timings and environment.</summary>
/// <param name="Status">Completed, diverged or failed.</param>
/// <param name="Message">Why it failed or diverged; null otherwise.</param>
/// <param name="Metrics">Per-epoch metrics, e.g. columns epoch, trainLoss, trainAccuracy, testAccuracy.</param>
/// <param name="RegionCounts">Every measurement (epoch × probe setting).</param>
/// <param name="Summary">Final scalar results by name (e.g. trainAccuracy, testAccuracy, gap, distanceFromInit).</param>
/// <param name="Phases">Seconds per phase (e.g. train, count), optional.</param>
/// <param name="Environment">Entries of this run's record environment beyond the executor's (e.g. the SHA-256 of the
/// dataset files it read), optional.</param>
public sealed record RunResult(
    RunStatus Status,
    string? Message,
    MetricTable Metrics,
    IReadOnlyList<RegionCountMeasurement> RegionCounts,
    IReadOnlyDictionary<string, double>? Summary = null,
    IReadOnlyDictionary<string, double>? Phases = null,
    IReadOnlyDictionary<string, string>? Environment = null);
