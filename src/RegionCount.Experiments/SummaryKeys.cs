namespace RegionCount.Experiments;

/// <summary>The names under which the executor stores a run's final numbers in its record's summary.</summary>
public static class SummaryKeys
{
    /// <summary>Running train-mode accuracy of the last epoch, % (the authors' "train accuracy").</summary>
    public const string TrainAccuracyRunning = "trainAccuracyRunning";

    /// <summary>Eval-mode accuracy over the whole training set after the last epoch, %.</summary>
    public const string TrainAccuracyClean = "trainAccuracyClean";

    public const string TestAccuracy = "testAccuracy";
    public const string TrainLoss = "trainLoss";
    public const string TestLoss = "testLoss";

    /// <summary>Parameter measures (C6, C7) are stored under "measure:&lt;name&gt;" (<see cref="Measure"/>).</summary>
    public const string MeasurePrefix = "measure:";

    /// <summary>"measure:distance-from-init" and so on.</summary>
    public static string Measure(ParameterMeasure measure) => MeasurePrefix + JsonNames.Of(measure);
}
