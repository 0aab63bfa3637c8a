using RegionCount.Reports.Analysis;

namespace RegionCount.Tests.Reports.Analysis;

/// <summary>Claim runs made by hand, so the analyses' verdicts can be checked on data whose answer is known.</summary>
internal static class Runs
{
    public static ClaimRun Run(double lr, int batch, long seed, double rc, double trainAcc, double testAcc,
        string model = "mlp", double wd = 0, string augmentation = "none", double mixup = 0, string status = "completed",
        IReadOnlyDictionary<string, double>? counts = null, IReadOnlyDictionary<string, double>? measures = null, double? clean = null) =>
        new(Experiment: "main", Model: model, Dataset: "d", LearningRate: lr, BatchSize: batch, WeightDecay: wd, Optimizer: "sgd",
            Augmentation: augmentation, MixupAlpha: mixup, Seed: seed, Status: status,
            FinalCounts: counts ?? new Dictionary<string, double> { [ClaimRun.Segment] = rc },
            CountIntervals: new Dictionary<string, (double Low, double High)>(), CountsByEpoch: [],
            TrainAccuracyRunning: trainAcc, TrainAccuracyClean: clean ?? trainAcc, TestAccuracy: testAcc,
            Measures: measures ?? new Dictionary<string, double>());
}
