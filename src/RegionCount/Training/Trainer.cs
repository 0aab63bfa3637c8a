using System.Diagnostics;
using System.Text.Json;
using RegionCount.Data;
using RegionCount.Runtime;
using TorchSharp;
using static TorchSharp.torch;

namespace RegionCount.Training;

/// <summary>
/// Trains a classifier with cross-entropy following <see cref="TrainingOptions"/>, measures every epoch, runs the probes
/// at the measurement epochs, checkpoints and resumes. A NaN/inf loss ends the run as Diverged; it never throws for that.
/// The checkpoint holds every epoch's metrics with the probes' readings, so a resumed run returns the same epochs as an
/// uninterrupted one; a checkpoint lacking a probe's reading at a measurement epoch it covers (written before readings
/// were checkpointed) is not resumed: the run starts again from its initial weights.
/// Randomness: epoch e's data order, augmentation and mixup use their own generators seeded from (seed, e); torch's
/// global generator is re-seeded from (seed, e) at the start of each epoch so stochastic layers (dropout) are
/// reproducible and resumable too. Weights are never initialized here.
/// </summary>
public static partial class Trainer
{
    private static readonly JsonElement NoDetail = JsonSerializer.SerializeToElement<object?>(null);

    /// <param name="model">The model with its initial weights; moved to the options' device and trained in place.</param>
    /// <param name="train">Training set (float32 N×C×H×W on the CPU, already normalized).</param>
    /// <param name="test">Test set.</param>
    /// <param name="options">The recipe.</param>
    /// <param name="probes">Measurements at the measurement epochs (e.g. the region counter).</param>
    /// <param name="progress">Called after epoch 0 and every epoch with its metrics.</param>
    /// <param name="cancellation">Checked between epochs; a cancelled run returns status Cancelled.</param>
    public static TrainingResult Train(
        nn.Module<Tensor, Tensor> model,
        ImageDataset train,
        ImageDataset test,
        TrainingOptions options,
        IReadOnlyList<IEpochProbe>? probes = null,
        Action<EpochMetrics>? progress = null,
        CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(train);
        ArgumentNullException.ThrowIfNull(test);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        probes ??= [];
        var device = options.Device ?? CPU;
        var measureAt = new HashSet<int>(options.MeasurementEpochs());
        string fingerprint = Checkpoint.Fingerprint(options);
        string? directory = options.CheckpointDirectory;

        model.to(device);
        using var optimizer = OptimizerFactory.Create(options, model);
        var initial = model.parameters().Select(p => p.detach().cpu().clone().DetachFromDisposeScope()).ToList();
        try
        {
            var metrics = new List<EpochMetrics>();
            int start = 0;
            int? resumed = null;
            var state = directory is not null && Checkpoint.Exists(directory) ? Checkpoint.ReadState(directory, fingerprint) : null;
            if (state is not null && !state.HoldsReadings(measureAt, [.. probes.Select(p => p.Name)]))
            {
                // Resuming would lose the readings taken before the checkpoint: train again from the start instead.
                state = null;
            }
            if (state is not null)
            {
                Checkpoint.Load(directory!, state, model, optimizer);
                Checkpoint.LoadInitial(directory!, initial);
                metrics.AddRange(state.Metrics);
                start = state.Epoch;
                resumed = start;
                if (state.Status == TrainingStatus.Diverged)
                {
                    return new TrainingResult(TrainingStatus.Diverged, state.DivergedEpoch, metrics, null, resumed);
                }
            }
            else
            {
                var watch = Stopwatch.StartNew();
                var (cleanTrain, testLoss, testAcc) = Evaluate(model, train, test, device, options.EvalBatchSize);
                var (values, details) = RunProbes(probes, 0, model);
                metrics.Add(new EpochMetrics(0, options.LearningRate, double.NaN, double.NaN, cleanTrain, testLoss, testAcc,
                    watch.Elapsed.TotalSeconds, values, details));
                progress?.Invoke(metrics[^1]);
                if (directory is not null)
                {
                    Checkpoint.SaveInitial(directory, initial);
                    Checkpoint.Save(directory, new CheckpointState(0, Checkpoint.FolderFor(0), TrainingStatus.Completed, null,
                        fingerprint, metrics), model, optimizer);
                }
            }

            for (int epoch = start + 1; epoch <= options.Epochs; epoch++)
            {
                if (cancellation.IsCancellationRequested)
                {
                    return new TrainingResult(TrainingStatus.Cancelled, null, metrics, null, resumed);
                }
                var watch = Stopwatch.StartNew();
                double rate = LearningRateSchedule.ForEpoch(options, epoch);
                OptimizerFactory.SetLearningRate(optimizer, rate);
                TorchRuntime.Seed(unchecked((long)SeedStreams.Derive(options.Seed, epoch, SeedStreams.Global)), device);
                var (trainLoss, trainAcc) = RunEpoch(model, optimizer, train, options, epoch, device);

                if (!double.IsFinite(trainLoss))
                {
                    metrics.Add(new EpochMetrics(epoch, rate, trainLoss, trainAcc, double.NaN, double.NaN, double.NaN,
                        watch.Elapsed.TotalSeconds, new Dictionary<string, double>()));
                    progress?.Invoke(metrics[^1]);
                    if (directory is not null)
                    {
                        Checkpoint.WriteState(directory, new CheckpointState(epoch - 1, Checkpoint.FolderFor(epoch - 1),
                            TrainingStatus.Diverged, epoch, fingerprint, metrics));
                    }
                    return new TrainingResult(TrainingStatus.Diverged, epoch, metrics, null, resumed);
                }

                bool measure = measureAt.Contains(epoch);
                double cleanTrain = double.NaN, testLoss = double.NaN, testAcc = double.NaN;
                if (measure || options.EvaluateEveryEpoch)
                {
                    (cleanTrain, testLoss, testAcc) = Evaluate(model, train, test, device, options.EvalBatchSize);
                }
                var (values, details) = measure ? RunProbes(probes, epoch, model) : ([], null);
                metrics.Add(new EpochMetrics(epoch, rate, trainLoss, trainAcc, cleanTrain, testLoss, testAcc,
                    watch.Elapsed.TotalSeconds, values, details));
                progress?.Invoke(metrics[^1]);

                if (directory is not null && (epoch % options.CheckpointEvery == 0 || epoch == options.Epochs))
                {
                    Checkpoint.Save(directory, new CheckpointState(epoch, Checkpoint.FolderFor(epoch), TrainingStatus.Completed,
                        null, fingerprint, metrics), model, optimizer);
                }
            }

            var measures = ParameterMeasuresCalculator.Compute(model, initial, train, device, options.EvalBatchSize);
            return new TrainingResult(TrainingStatus.Completed, null, metrics, measures, resumed);
        }
        finally
        {
            foreach (var tensor in initial)
            {
                tensor.Dispose();
            }
        }
    }

    /// <summary>Every probe's reading: its values keyed "Name/key", its detail (JSON null when none) keyed by name.</summary>
    private static (Dictionary<string, double> Values, Dictionary<string, JsonElement> Details) RunProbes(
        IReadOnlyList<IEpochProbe> probes, int epoch, nn.Module<Tensor, Tensor> model)
    {
        var values = new Dictionary<string, double>();
        var details = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var probe in probes)
        {
            model.eval();
            var reading = probe.Measure(epoch, model);
            foreach (var (key, value) in reading.Values)
            {
                values[$"{probe.Name}/{key}"] = value;
            }
            details[probe.Name] = reading.Detail ?? NoDetail;
        }
        return (values, details);
    }
}
