namespace RegionCount.Reports.Analysis;

/// <summary>A configuration's seed means: the unit of the paper's correlations.</summary>
public sealed record ConfigMean(
    ConfigKey Config,
    int Seeds,
    double RegionCount,
    double Gap,
    double TestError,
    double TrainAccuracyRunning,
    double TrainAccuracyClean,
    IReadOnlyDictionary<string, double> Counts,
    IReadOnlyDictionary<string, double> Measures)
{
    /// <summary>Averages the completed runs of each configuration (seeds), in a stable order.</summary>
    public static IReadOnlyList<ConfigMean> Of(IEnumerable<ClaimRun> runs, string probe = ClaimRun.Segment)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Where(r => r.Completed && r.FinalCounts.ContainsKey(probe))
            .GroupBy(r => r.Config)
            .OrderBy(g => g.Key.Model, StringComparer.Ordinal).ThenBy(g => g.Key.Dataset, StringComparer.Ordinal)
            .ThenBy(g => g.Key.LearningRate).ThenBy(g => g.Key.BatchSize).ThenBy(g => g.Key.WeightDecay)
            .ThenBy(g => g.Key.Optimizer, StringComparer.Ordinal).ThenBy(g => g.Key.Augmentation, StringComparer.Ordinal)
            .ThenBy(g => g.Key.MixupAlpha)
            .Select(g => new ConfigMean(
                g.Key,
                g.Count(),
                g.Average(r => r.FinalCounts[probe]),
                g.Average(r => r.Gap),
                g.Average(r => r.TestError),
                g.Average(r => r.TrainAccuracyRunning),
                g.Average(r => r.TrainAccuracyClean),
                MeanOfKeys(g, r => r.FinalCounts),
                MeanOfKeys(g, r => r.Measures)))
            .ToList();
    }

    private static Dictionary<string, double> MeanOfKeys(IEnumerable<ClaimRun> runs, Func<ClaimRun, IReadOnlyDictionary<string, double>> select)
    {
        var list = runs.ToList();
        return list.SelectMany(r => select(r).Keys).Distinct(StringComparer.Ordinal)
            .Where(k => list.All(r => select(r).ContainsKey(k)))
            .ToDictionary(k => k, k => list.Average(r => select(r)[k]), StringComparer.Ordinal);
    }
}
