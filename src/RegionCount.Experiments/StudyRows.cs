namespace RegionCount.Experiments;

/// <summary>The columns of a study record's metrics table, defined once for the engine that writes them and the
/// analyses that read them.</summary>
public static class StudyRows
{
    /// <summary>Stability: one row per (κ level, seed).</summary>
    public static IReadOnlyList<string> Stability { get; } =
        ["level", "kappa", "eta", "seed", "status", "steps", "loss", "gradientNorm", "topEigenvalue", "signChanges", "trainErrors", "activeUnits"];

    /// <summary>Stability "status" codes.</summary>
    public const double Converged = 0, Diverged = 1, NotConverged = 2;

    /// <summary>Toy: one row per learning rate (its decision map is the record's region count of the same index).</summary>
    public static IReadOnlyList<string> Toy { get; } = ["learningRate", "regions", "finalLoss", "trainCorrect"];

    /// <summary>Invariance: one row per scale c.</summary>
    public static IReadOnlyList<string> Invariance { get; } =
        ["scale", "probes", "points", "identical", "meanCountBefore", "meanCountAfter", "normBefore", "normAfter"];

    /// <summary>Classifiers: one row per complexity setting of the run's family (accuracies in %, the region count the
    /// mean over the run's probes with its 95 % t-interval over probes, the fit in seconds).</summary>
    public static IReadOnlyList<string> Classifiers { get; } =
        ["setting", "trainAccuracy", "testAccuracy", "regionCount", "regionCountLow", "regionCountHigh", "fitSeconds"];
}
