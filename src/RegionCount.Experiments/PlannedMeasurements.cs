using System.Globalization;

namespace RegionCount.Experiments;

/// <summary>
/// The region counts a run configuration plans: every probe setting at epoch 0 (before training), at each configured
/// measurement epoch and after the last epoch, as the trainer measures them (TrainingOptions.MeasurementEpochs). A
/// completed record must hold each of them.
/// </summary>
public static class PlannedMeasurements
{
    /// <summary>Epoch by epoch, probe settings in configuration order (the order of a record's region counts).</summary>
    public static IReadOnlyList<PlannedMeasurement> Of(RunConfig config)
    {
        ArgumentNullException.ThrowIfNull(config);
        if (config.Study is not null)
        {
            return []; // a study's record holds its own rows, checked by its analysis
        }
        var epochs = new SortedSet<int>(config.MeasurementEpochs) { 0, config.Hyperparameters.Epochs };
        return [.. epochs.SelectMany(e => Enumerable.Range(0, config.Probes.Count).Select(p => new PlannedMeasurement(e, p)))];
    }

    /// <summary>The planned measurements that <paramref name="counts"/> lacks, in plan order.</summary>
    public static IReadOnlyList<PlannedMeasurement> Missing(RunConfig config, IEnumerable<RegionCountMeasurement> counts)
    {
        ArgumentNullException.ThrowIfNull(counts);
        var held = counts.Select(m => new PlannedMeasurement(m.Epoch, m.ProbeIndex)).ToHashSet();
        return [.. Of(config).Where(p => !held.Contains(p))];
    }

    /// <summary>"epoch 0: probes 0 (segment), 1 (ray); epoch 125: probe 0 (segment)".</summary>
    public static string Describe(RunConfig config, IReadOnlyList<PlannedMeasurement> missing)
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(missing);
        string Probe(int i) => string.Create(CultureInfo.InvariantCulture,
            $"{i} ({(i < config.Probes.Count ? Kind(config.Probes[i]) : "?")})");
        return string.Join("; ", missing.GroupBy(m => m.Epoch).Select(g => string.Create(CultureInfo.InvariantCulture,
            $"epoch {g.Key}: probe{(g.Count() > 1 ? "s" : "")} {string.Join(", ", g.Select(m => Probe(m.ProbeIndex)))}")));
    }

    private static string Kind(ProbeSpec probe) => probe.Kind switch
    {
        ProbeKind.Simplex => string.Create(CultureInfo.InvariantCulture, $"{probe.Dimension}-simplex"),
        { } kind => JsonNames.Of(kind),
        null => "?",
    };
}
