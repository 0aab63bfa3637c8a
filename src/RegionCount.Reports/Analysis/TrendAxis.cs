namespace RegionCount.Reports.Analysis;

/// <summary>The ordered factor of a trend claim: its name, its figure id, how a run's level and block are read, and the
/// direction the paper claims the region count moves as the level grows. A run's block is its configuration without
/// the factor, and its seed: the runs Page's L ranks against each other (<see cref="BlockedTrend"/>).</summary>
public sealed record TrendAxis(string Name, string FigureId, Func<ClaimRun, double> Level, Func<ClaimRun, (ConfigKey, long)> Block, bool Increasing, bool LogScale)
{
    /// <summary>C3 (and C5 on the grid): a larger learning rate gives fewer regions.</summary>
    public static TrendAxis LearningRate { get; } = new("learning rate", "lr", r => r.LearningRate,
        r => (r.Config with { LearningRate = 0 }, r.Seed), Increasing: false, LogScale: true);

    /// <summary>C4: a smaller batch gives fewer regions.</summary>
    public static TrendAxis BatchSize { get; } = new("batch size", "batch", r => r.BatchSize,
        r => (r.Config with { BatchSize = 0 }, r.Seed), Increasing: true, LogScale: true);

    /// <summary>"decreasing in learning rate".</summary>
    public string Direction => $"{(Increasing ? "increasing" : "decreasing")} in {Name}";
}
