using System.Text.Json.Serialization;

namespace RegionCount.Experiments;

/// <summary>One run's stored result: small JSON text, one file per run named by its fingerprint.</summary>
public sealed record RunRecord(
    int FormatVersion,
    string Fingerprint,
    RunConfig Config,
    long Seed,
    RunStatus Status,
    string? Message,
    MetricTable Metrics,
    IReadOnlyList<RegionCountMeasurement> RegionCounts,
    IReadOnlyDictionary<string, double>? Summary,
    RunTimings Timings,
    IReadOnlyDictionary<string, string> Environment)
{
    /// <summary>Whether resume treats the run as done (completed or diverged).</summary>
    [JsonIgnore]
    public bool IsFinal => Status is RunStatus.Completed or RunStatus.Diverged;
}
