using System.Diagnostics;
using System.Globalization;
using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Models;
using RegionCount.Regions;
using RegionCount.Runtime;
using RegionCount.Training;
using TorchSharp;
using static TorchSharp.torch;

namespace RegionCount.Execution;

/// <summary>
/// The real executor: loads the run's dataset (cached across runs), builds the model from the run seed, draws the
/// probes from the run seed, trains with the paper's recipe (checkpointing into the cache so a killed run resumes),
/// measures region counts at the measurement epochs and returns the record's content. The counts come from the
/// training result's epochs, which a resumed run restores from its checkpoint; a completed run lacking a planned count
/// is refused (an exception: the sweep records the run as failed, with the message, and retries it later).
/// </summary>
public sealed class TorchRunExecutor : IRunExecutor, IDisposable
{
    private readonly RunDataCache _data;
    private readonly Device _device;
    private readonly string _cache;
    private readonly long _memoryBudget;

    public TorchRunExecutor(DataLocator locator, Device device, string cacheDirectory, long memoryBudget = ExecutorSettings.DefaultMemoryBudget)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(memoryBudget, 1);
        _data = new RunDataCache(locator);
        _device = device;
        _cache = cacheDirectory;
        _memoryBudget = memoryBudget;
        if (device.type == DeviceType.CUDA)
        {
            Environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal)
            {
                ["device"] = device.ToString(),
                // libtorch's defaults, as PyTorch's (the authors' framework): TF32 in cuDNN convolutions, not in cuBLAS
                // matrix products. Deterministic algorithms cannot be asked for: TorchSharp 0.107 does not implement
                // use_deterministic_algorithms, so CUDA runs are reproducible to the GPU's usual nondeterminism only.
                ["cudnn.allow_tf32"] = torch.backends.cudnn.allow_tf32 ? "true" : "false",
                ["cuda.matmul.allow_tf32"] = torch.backends.cuda.matmul.allow_tf32 ? "true" : "false",
                ["deterministicAlgorithms"] = "not available in TorchSharp 0.107",
            };
        }
    }

    public string Name => $"torchsharp-{EnvironmentReport.BuildBackend()}-{_device.type.ToString().ToLowerInvariant()}";

    /// <summary>The numeric mode as read back from libtorch, and the processor, for every record.</summary>
    public IReadOnlyDictionary<string, string> Environment { get; private set; } = EnvironmentEntries();

    public RunResult Execute(RunSpec run, IRunProgress progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(run);
        ArgumentNullException.ThrowIfNull(progress);
        var config = run.Config;
        if (config.Study is not null)
        {
            return StudyRunner.Run(config, _data.Get, _device) with
            {
                Environment = new Dictionary<string, string> { [DatasetIdentity.RecordKey] = _data.Identity(config.Dataset.Name!) },
            };
        }
        var clock = Stopwatch.StartNew();
        var data = _data.Get(config.Dataset);
        var checkpoints = CheckpointFolder(_cache, run.Fingerprint, _device);
        using var model = ModelFactory.Create(config.Model.Name!, data.Shape, data.Classes, SpecConversions.Model(config.Model, config.Seed));
        // Inference chunks sized from the memory budget: the profile's sizes are upper bounds. The counting pass runs in
        // eval mode without gradients, so it changes neither the weights nor the batch-norm statistics.
        var cost = ForwardMemory.Inference(model, data.Shape, _device);
        var options = SpecConversions.Training(config, _device, checkpoints);
        options = options with { EvalBatchSize = cost.InputsWithin(_memoryBudget, options.EvalBatchSize) };
        var endpointFill = SpecConversions.CropFill(config.Hyperparameters.CropPadding, config.Dataset.Normalization);
        var probeSettings = config.Probes.Select(p => SpecConversions.Probe(p, endpointFill)).Select(s =>
            s with { MaxPointsPerForward = cost.InputsWithin(_memoryBudget, s.MaxPointsPerForward) }).ToList();
        var meters = config.Probes.Zip(probeSettings, (p, s) =>
            (RegionMeter.ForSplit(s, data.Train, data.Test, (int)config.Seed, _device), p.Exact)).ToList();
        var memory = new Dictionary<string, string>
        {
            [MemoryKeys.Budget] = MemorySize.Format(_memoryBudget),
            [MemoryKeys.InferencePerInput] = cost.PerInput.ToString(CultureInfo.InvariantCulture),
            [MemoryKeys.EvalBatch] = options.EvalBatchSize.ToString(CultureInfo.InvariantCulture),
            [MemoryKeys.PointsPerForward] = string.Join(",", probeSettings.Select(s => s.MaxPointsPerForward.ToString(CultureInfo.InvariantCulture))),
        };
        try
        {
            var probe = new RegionProbe(meters);
            var result = Trainer.Train(model, data.Train, data.Test, options, [probe],
                m => progress.Epoch(m.Epoch, options.Epochs, double.IsNaN(m.TrainLoss) ? null : FormattableString.Invariant($"loss {m.TrainLoss:F4}")),
                cancellationToken);
            cancellationToken.ThrowIfCancellationRequested();
            var status = result.Status switch
            {
                TrainingStatus.Completed => RunStatus.Completed,
                TrainingStatus.Diverged => RunStatus.Diverged,
                _ => throw new OperationCanceledException(cancellationToken),
            };
            var counts = RegionProbe.Measurements(result.Epochs);
            if (status == RunStatus.Completed && PlannedMeasurements.Missing(config, counts) is { Count: > 0 } missing)
            {
                // The checkpoint that led here cannot be trusted: drop it, so that the retry trains from the start.
                DeleteCheckpoints(checkpoints);
                throw new InvalidOperationException(
                    $"{run.Label}: training completed{(result.ResumedFromEpoch is { } from ? $" (resumed from epoch {from})" : "")} " +
                    $"without the planned region counts at {PlannedMeasurements.Describe(config, missing)}; not recorded as " +
                    "completed, its checkpoint discarded (a retry trains it from the start)");
            }
            var record = new RunResult(status,
                status == RunStatus.Diverged ? $"loss not finite at epoch {result.DivergedEpoch}" : null,
                Metrics(result), counts, Summary(result), new Dictionary<string, double> { ["total"] = clock.Elapsed.TotalSeconds },
                new Dictionary<string, string>(memory) { [DatasetIdentity.RecordKey] = _data.Identity(config.Dataset.Name!) });
            DeleteCheckpoints(checkpoints);
            return record;
        }
        finally
        {
            foreach (var (meter, _) in meters)
            {
                meter.Dispose();
            }
        }
    }

    private static void DeleteCheckpoints(string checkpoints)
    {
        if (Directory.Exists(checkpoints))
        {
            Directory.Delete(checkpoints, recursive: true);
        }
    }

    private static Experiments.MetricTable Metrics(TrainingResult result) => new(
        ["epoch", "learningRate", "trainLoss", "trainAccuracy", "cleanTrainAccuracy", "testLoss", "testAccuracy", "seconds"],
        result.Epochs.Select(e => (IReadOnlyList<double>)[e.Epoch, e.LearningRate, e.TrainLoss, 100 * e.TrainAccuracy,
            100 * e.CleanTrainAccuracy, e.TestLoss, 100 * e.TestAccuracy, e.Seconds]).ToList());

    /// <summary>
    /// Accuracies and losses of the last epoch, and every parameter measure (they are computed for every run, so a
    /// profile's "measures" list names which ones its claims read; records written before C7 hold the first three only,
    /// records written before the weight measures the first six).
    /// </summary>
    private static Dictionary<string, double> Summary(TrainingResult result)
    {
        var last = result.Last;
        var summary = new Dictionary<string, double>(StringComparer.Ordinal)
        {
            [SummaryKeys.TrainAccuracyRunning] = 100 * last.TrainAccuracy,
            [SummaryKeys.TrainAccuracyClean] = 100 * last.CleanTrainAccuracy,
            [SummaryKeys.TestAccuracy] = 100 * last.TestAccuracy,
            [SummaryKeys.TrainLoss] = last.TrainLoss,
            [SummaryKeys.TestLoss] = last.TestLoss,
        };
        if (result.Measures is { } m)
        {
            foreach (var measure in Enum.GetValues<ParameterMeasure>())
            {
                summary[SummaryKeys.Measure(measure)] = Value(m, measure);
            }
        }
        return summary;
    }

    private static double Value(ParameterMeasures m, ParameterMeasure measure) => measure switch
    {
        ParameterMeasure.DistanceFromInit => m.DistanceFromInit,
        ParameterMeasure.Margin => m.Margin,
        ParameterMeasure.NormalizedMargin => m.NormalizedMargin,
        ParameterMeasure.LogSpectralNormProduct => Math.Log(m.SpectralProduct),
        ParameterMeasure.LogFrobeniusNormProduct => Math.Log(m.FrobeniusProduct),
        ParameterMeasure.FrobeniusNormalizedMargin => m.FrobeniusNormalizedMargin,
        ParameterMeasure.WeightDistanceFromInit => m.WeightDistanceFromInit,
        ParameterMeasure.DistanceNormalizedMargin => m.DistanceNormalizedMargin,
        ParameterMeasure.WeightDistanceNormalizedMargin => m.WeightDistanceNormalizedMargin,
        _ => throw new UnreachableException($"measure {measure} has no value"),
    };

    /// <summary>
    /// Where a run's checkpoints go: by fingerprint, numeric mode and device, so a run killed in one numeric mode
    /// (or on one device) is never resumed in another and recorded as if it had run in one.
    /// </summary>
    public static string CheckpointFolder(string cache, string fingerprint, Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        return CachePaths.Checkpoints(cache, $"{fingerprint}.{NumericsState.Read().Label}.{device.type.ToString().ToLowerInvariant()}");
    }

    private static Dictionary<string, string> EnvironmentEntries()
    {
        var entries = new Dictionary<string, string>(NumericsState.Read().RecordEntries(), StringComparer.Ordinal)
        {
            ["cpu"] = EnvironmentReport.CpuModel(),
        };
        return entries;
    }

    public void Dispose() => _data.Dispose();
}
