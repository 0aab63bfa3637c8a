namespace RegionCount.Regions;

/// <summary>Everything one measurement saw: settings, seed, dataset, every probe's labels and counts, and the summary.</summary>
public sealed record RegionMeasurement(
    ProbeSettings Settings,
    int Seed,
    string Dataset,
    IReadOnlyList<ProbeResult> Probes,
    RegionSummary Summary);
