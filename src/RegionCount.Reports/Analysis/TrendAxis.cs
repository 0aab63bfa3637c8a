namespace RegionCount.Reports.Analysis;

/// <summary>The ordered factor of a trend claim: its name, its figure id, how a run's level is read, and the direction
/// the paper claims the region count moves as the level grows.</summary>
public sealed record TrendAxis(string Name, string FigureId, Func<ClaimRun, double> Level, bool Increasing, bool LogScale)
{
    /// <summary>C3: a larger learning rate gives fewer regions.</summary>
    public static TrendAxis LearningRate { get; } = new("learning rate", "lr", r => r.LearningRate, Increasing: false, LogScale: true);

    /// <summary>C4: a smaller batch gives fewer regions.</summary>
    public static TrendAxis BatchSize { get; } = new("batch size", "batch", r => r.BatchSize, Increasing: true, LogScale: true);
}
