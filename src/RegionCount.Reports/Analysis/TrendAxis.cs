namespace RegionCount.Reports.Analysis;

/// <summary>The ordered factor of a trend claim: its name, its figure id, how a run's level and block are read, and the
/// direction the paper claims the region count moves as the level grows. A run's block is its configuration without
/// the factor, and its seed: the runs Page's L ranks against each other (<see cref="BlockedTrend"/>).</summary>
/// <param name="PaperChange">The paper's change of the mean region count per unit of ln(level), relative to the count at
/// its lowest level (ResNet18, CLAIMS.md): the alternative of <see cref="TrendPower"/>.</param>
/// <param name="PaperChangeSource">Where <paramref name="PaperChange"/> comes from.</param>
public sealed record TrendAxis(string Name, string FigureId, Func<ClaimRun, double> Level, Func<ClaimRun, (ConfigKey, long)> Block, bool Increasing, bool LogScale,
    double PaperChange, string PaperChangeSource)
{
    /// <summary>C3 (and C5 on the grid): a larger learning rate gives fewer regions.</summary>
    public static TrendAxis LearningRate { get; } = new("learning rate", "lr", r => r.LearningRate,
        r => (r.Config with { LearningRate = 0 }, r.Seed), Increasing: false, LogScale: true,
        PaperChange: (2.717 - 3.827) / 3.827 / Math.Log(100),
        PaperChangeSource: "ResNet18, lr 0.001 → 0.1: mean count 3.827 → 2.717 (−29 % over a 100× span)")
    {
        PaperFile = "cifar10_lr_sweep",
        PaperLevel = r => r.Lr,
    };

    /// <summary>C4: a smaller batch gives fewer regions.</summary>
    public static TrendAxis BatchSize { get; } = new("batch size", "batch", r => r.BatchSize,
        r => (r.Config with { BatchSize = 0 }, r.Seed), Increasing: true, LogScale: true,
        PaperChange: (3.027 - 2.613) / 2.613 / Math.Log(32),
        PaperChangeSource: "ResNet18, batch 32 → 1024: mean count 2.613 → 3.027 (+16 % over a 32× span)")
    {
        PaperFile = "cifar10_batch_sweep",
        PaperLevel = r => r.BatchSize,
    };

    /// <summary>The authors' result file of this sweep, shown beside ours in the figure for a network that has one
    /// (<see cref="Paper.PaperReference.ForModel"/>); figures only.</summary>
    public string? PaperFile { get; init; }

    /// <summary>A run's level in <see cref="PaperFile"/>.</summary>
    public Func<Paper.PaperRun, double>? PaperLevel { get; init; }

    /// <summary>"decreasing in learning rate".</summary>
    public string Direction => $"{(Increasing ? "increasing" : "decreasing")} in {Name}";
}
