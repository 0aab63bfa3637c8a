using System.Text.Json;

namespace RegionCount.Training;

/// <summary>What a probe measured at one epoch.</summary>
/// <param name="Values">Scalars, recorded in <see cref="EpochMetrics.Probes"/> as "Name/key".</param>
/// <param name="Detail">Everything else the caller needs later (e.g. per-probe counts), as JSON; recorded in
/// <see cref="EpochMetrics.ProbeDetails"/> and so checkpointed with the epoch, which lets a resumed run return every
/// measurement taken before the interruption. Null when the values are all there is.</param>
public sealed record ProbeReading(IReadOnlyDictionary<string, double> Values, JsonElement? Detail = null);
