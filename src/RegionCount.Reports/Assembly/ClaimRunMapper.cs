using System.Globalization;
using RegionCount.Experiments;
using RegionCount.Reports.Analysis;

namespace RegionCount.Reports.Assembly;

/// <summary>Turns a profile's planned runs and the store's records into the claim analyses' input.</summary>
public static class ClaimRunMapper
{
    /// <summary>The claim runs of every planned run that belongs to one of <paramref name="experiments"/>; a planned run
    /// without a record appears with status "missing", so analyses see what is absent.</summary>
    public static IReadOnlyList<ClaimRun> Map(SweepPlan plan, IReadOnlyDictionary<string, RunRecord> records, IReadOnlyCollection<string> experiments)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(experiments);
        var runs = new List<ClaimRun>();
        foreach (var spec in plan.Runs)
        {
            var experiment = spec.Experiments.FirstOrDefault(experiments.Contains);
            if (experiment is null)
            {
                continue;
            }
            runs.Add(Map(spec, experiment, records.TryGetValue(spec.Fingerprint, out var record) ? record : null));
        }
        return runs;
    }

    public static ClaimRun Map(RunSpec spec, string experiment, RunRecord? record)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var c = spec.Config;
        var h = c.Hyperparameters;
        var summary = record?.Summary ?? new Dictionary<string, double>();
        var counts = record?.RegionCounts ?? [];
        var final = new Dictionary<string, double>(StringComparer.Ordinal);
        var intervals = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        int[,]? plane = null;
        for (int p = 0; p < c.Probes.Count; p++)
        {
            var measured = counts.Where(m => m.ProbeIndex == p).OrderBy(m => m.Epoch).ToList();
            var label = Label(c.Probes[p]);
            if (measured.Count == 0 || final.ContainsKey(label))
            {
                continue;
            }
            var last = measured[^1];
            final[label] = last.Mean;
            if (last.Lower is { } lo && last.Upper is { } hi)
            {
                intervals[label] = (lo, hi);
            }
            plane ??= last.Map?.ToArray();
        }
        int segment = c.Probes.ToList().FindIndex(p => Label(p) == ClaimRun.Segment);
        var byEpoch = counts.Where(m => m.ProbeIndex == segment).OrderBy(m => m.Epoch).Select(m => (m.Epoch, m.Mean)).ToList();
        var measures = Measures(summary);
        string status = record is null ? "missing" : record.Status.ToString().ToLowerInvariant();
        return new ClaimRun(experiment, c.Model.Key, c.Dataset.Key, h.LearningRate, h.BatchSize, h.WeightDecay,
            h.Optimizer is { } optimizer ? JsonNames.Of(optimizer) : RunHyperparameters.NotTrained, JsonNames.Of(h.Augmentation), h.MixupAlpha, c.Seed, status, final, intervals, byEpoch,
            Get(summary, SummaryKeys.TrainAccuracyRunning), Get(summary, SummaryKeys.TrainAccuracyClean), Get(summary, SummaryKeys.TestAccuracy),
            measures)
        {
            NamedMeasures = c.Measures is { Count: > 0 } named ? [.. named.Select(JsonNames.Of)] : null,
            PlaneMap = plane,
            Study = c.Study,
            StudyRows = c.Study is null ? null : record?.Metrics,
            StudyMaps = c.Study is null ? [] : [.. counts.Where(m => m.Map is not null).OrderBy(m => m.ProbeIndex).Select(m => m.Map!.ToArray())],
        };
    }

    /// <summary>segment, ray, simplex-k or plane.</summary>
    public static string Label(ProbeSpec probe)
    {
        ArgumentNullException.ThrowIfNull(probe);
        return probe.Kind switch
        {
            ProbeKind.Simplex => "simplex-" + probe.Dimension.ToString(CultureInfo.InvariantCulture),
            { } kind => JsonNames.Of(kind),
            null => ClaimRun.Segment,
        };
    }

    /// <summary>The record's measures by name, and γ / ‖θ − θ₀‖ (distance-normalized-margin) from its margin and distance
    /// where the record predates that measure: the same division the executor makes of the same two numbers, so an old
    /// record and a new run of the same configuration agree.</summary>
    public static Dictionary<string, double> Measures(IReadOnlyDictionary<string, double> summary)
    {
        ArgumentNullException.ThrowIfNull(summary);
        var measures = summary.Where(kv => kv.Key.StartsWith(SummaryKeys.MeasurePrefix, StringComparison.Ordinal))
            .ToDictionary(kv => kv.Key[SummaryKeys.MeasurePrefix.Length..], kv => kv.Value, StringComparer.Ordinal);
        if (measures.TryGetValue(JsonNames.Of(ParameterMeasure.Margin), out double margin)
            && measures.TryGetValue(JsonNames.Of(ParameterMeasure.DistanceFromInit), out double distance))
        {
            measures.TryAdd(JsonNames.Of(ParameterMeasure.DistanceNormalizedMargin), margin / distance);
        }
        return measures;
    }

    private static double Get(IReadOnlyDictionary<string, double> summary, string key) => summary.TryGetValue(key, out var v) ? v : double.NaN;
}
