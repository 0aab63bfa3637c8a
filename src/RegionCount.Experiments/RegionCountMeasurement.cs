namespace RegionCount.Experiments;

/// <summary>One region-count measurement: after <see cref="Epoch"/>, with probe setting <see cref="ProbeIndex"/> of the
/// run's configuration; the mean over probes with an interval, plus any further named numbers.</summary>
/// <param name="Epoch">Epochs trained when measured (0 = at initialization).</param>
/// <param name="ProbeIndex">Index into the run configuration's probe list.</param>
/// <param name="Mean">Mean region count over the probes.</param>
/// <param name="Lower">Lower end of its interval (e.g. a 95 % bootstrap interval), if computed.</param>
/// <param name="Upper">Upper end of its interval, if computed.</param>
/// <param name="PerProbe">The count of every probe (optional; lets the analysis bootstrap its own intervals).</param>
/// <param name="Extra">Further numbers, e.g. exactCount, unresolvedFraction.</param>
/// <param name="Map">The first probe's label grid (planes: the decision-region picture), if kept.</param>
public sealed record RegionCountMeasurement(
    int Epoch,
    int ProbeIndex,
    double Mean,
    double? Lower,
    double? Upper,
    IReadOnlyList<double>? PerProbe = null,
    IReadOnlyDictionary<string, double>? Extra = null,
    LabelGrid? Map = null);
