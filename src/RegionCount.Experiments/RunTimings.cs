namespace RegionCount.Experiments;

/// <summary>When a run started and ended (UTC), its wall time and optional per-phase seconds.</summary>
public sealed record RunTimings(DateTimeOffset StartedUtc, DateTimeOffset FinishedUtc, double Seconds, IReadOnlyDictionary<string, double>? Phases = null);
