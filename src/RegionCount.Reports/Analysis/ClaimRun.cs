namespace RegionCount.Reports.Analysis;

/// <summary>
/// One finished (or failed) training run as the claim analyses see it: its configuration, its final accuracies,
/// its region counts per probe and its parameter measures. Built from a run record by the harness; no TorchSharp.
/// </summary>
/// <param name="Experiment">The profile experiment the run belongs to (a run may belong to several).</param>
/// <param name="Status">completed, diverged or failed.</param>
/// <param name="FinalCounts">Probe label (segment, ray, simplex-2, …) → mean region count after the last epoch.</param>
/// <param name="CountIntervals">Probe label → 95% interval of that mean over probes (may be absent).</param>
/// <param name="CountsByEpoch">The main probe's mean count after each measured epoch (0 = initialization).</param>
/// <param name="TrainAccuracyRunning">Running train-mode accuracy of the last epoch, % (the authors' train accuracy).</param>
/// <param name="TrainAccuracyClean">Eval-mode accuracy over the whole training set, %.</param>
/// <param name="TestAccuracy">Test accuracy, %.</param>
/// <param name="Measures">Parameter-dependent measures by name (distance-from-init, margin, ...): what the record holds, and
/// distance-normalized-margin derived from margin and distance-from-init where the record predates it.</param>
public sealed record ClaimRun(
    string Experiment,
    string Model,
    string Dataset,
    double LearningRate,
    int BatchSize,
    double WeightDecay,
    string Optimizer,
    string Augmentation,
    double MixupAlpha,
    long Seed,
    string Status,
    IReadOnlyDictionary<string, double> FinalCounts,
    IReadOnlyDictionary<string, (double Low, double High)> CountIntervals,
    IReadOnlyList<(int Epoch, double Count)> CountsByEpoch,
    double TrainAccuracyRunning,
    double TrainAccuracyClean,
    double TestAccuracy,
    IReadOnlyDictionary<string, double> Measures)
{
    public const string Segment = "segment";

    /// <summary>Labels on the plane through three training images after the last epoch (row-major, R×R), if recorded.</summary>
    public int[,]? PlaneMap { get; init; }

    /// <summary>The parameter measures the run's experiment names (its configuration's list); null when it names none,
    /// as the smoke, cpu and cifar-cpu profiles do. Decides which measures C6 and C7 compare (<see cref="MeasureSet"/>).</summary>
    public IReadOnlyList<string>? NamedMeasures { get; init; }

    /// <summary>The study a study run computed (T1, C8); null for training runs.</summary>
    public Experiments.StudySpec? Study { get; init; }

    /// <summary>A study run's rows (its record's metrics table); null for training runs.</summary>
    public Experiments.MetricTable? StudyRows { get; init; }

    /// <summary>A study run's label grids in measurement order (the toy's decision maps); empty otherwise.</summary>
    public IReadOnlyList<int[,]> StudyMaps { get; init; } = [];

    public bool Completed => Status == "completed";

    /// <summary>Generalization gap as the paper defines it: train accuracy (running) − test accuracy, in points.</summary>
    public double Gap => TrainAccuracyRunning - TestAccuracy;

    /// <summary>100 − test accuracy: what C6 and C14 correlate against.</summary>
    public double TestError => 100 - TestAccuracy;

    /// <summary>The hyperparameter configuration, without the seed: the unit seeds are averaged over.</summary>
    public ConfigKey Config => new(Model, Dataset, LearningRate, BatchSize, WeightDecay, Optimizer, Augmentation, MixupAlpha);
}
