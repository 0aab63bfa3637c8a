using System.Globalization;
using RegionCount.Experiments;
using TorchSharp;

namespace RegionCount.Training;

/// <summary>
/// Everything a training run needs besides the model (whose initial weights are the caller's), the data and the probes.
/// The seed drives data order, augmentation and mixup (see <see cref="SeedStreams"/>), never the weights.
/// Defaults follow the paper's main recipe (CLAIMS.md §2) except the epoch count and batch size.
/// </summary>
public sealed record TrainingOptions
{
    public OptimizerKind Optimizer { get; init; } = OptimizerKind.Sgd;

    public double LearningRate { get; init; } = 0.1;

    /// <summary>SGD only (heavy ball, no Nesterov).</summary>
    public double Momentum { get; init; } = 0.9;

    public double WeightDecay { get; init; }

    public int BatchSize { get; init; } = 128;

    public int Epochs { get; init; } = 200;

    public long Seed { get; init; }

    public ScheduleKind Schedule { get; init; } = ScheduleKind.Cosine;

    /// <summary>Warmup-cosine only (<see cref="LearningRateSchedule"/>): the epochs of the linear warmup (0 = none); null
    /// for the other schedules.</summary>
    public int? WarmupEpochs { get; init; }

    /// <summary>Warmup-cosine only: the floor η_min of the cosine; null for the other schedules.</summary>
    public double? MinLearningRate { get; init; }

    /// <summary>Random crop with 4-pixel padding + horizontal flip (p 0.5), per image.</summary>
    public bool Augment { get; init; }

    /// <summary>What the crop's border holds, per channel of the (normalized) training images; null = 0, the channel
    /// mean of a normalized tensor (<see cref="Augmentation.CropAndFlip"/>).</summary>
    public IReadOnlyList<float>? CropFill { get; init; }

    /// <summary>Mixup's α; 0 turns mixup off.</summary>
    public double MixupAlpha { get; init; }

    /// <summary>Where the model, batches and optimizer state live; null = CPU.</summary>
    public torch.Device? Device { get; init; }

    /// <summary>Epochs at which probes run (0 = before training); null = every <see cref="MeasureEvery"/> plus 0 and the last.</summary>
    public IReadOnlyList<int>? MeasureAt { get; init; }

    public int MeasureEvery { get; init; } = 10;

    /// <summary>Evaluate clean train accuracy and test loss/accuracy after every epoch (else only at measurement epochs).</summary>
    public bool EvaluateEveryEpoch { get; init; } = true;

    public int EvalBatchSize { get; init; } = 1024;

    /// <summary>Folder for the run's checkpoint; a checkpoint already there is resumed (unless it lacks the probes'
    /// readings, see <see cref="Trainer"/>). Null = no checkpoints.</summary>
    public string? CheckpointDirectory { get; init; }

    /// <summary>Write the checkpoint every this many epochs (and always after the last one).</summary>
    public int CheckpointEvery { get; init; } = 1;

    /// <summary>The measurement epochs in increasing order, 0 and <see cref="Epochs"/> always included.</summary>
    public IReadOnlyList<int> MeasurementEpochs()
    {
        var set = new SortedSet<int> { 0, Epochs };
        if (MeasureAt is not null)
        {
            set.UnionWith(MeasureAt);
        }
        else
        {
            for (int e = MeasureEvery; e < Epochs; e += MeasureEvery)
            {
                set.Add(e);
            }
        }
        return [.. set];
    }

    /// <summary>Every problem with these options, one line each; empty when valid.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        void Check(bool ok, string message)
        {
            if (!ok)
            {
                problems.Add(message);
            }
        }
        Check(LearningRate > 0 && double.IsFinite(LearningRate), $"learning rate: must be positive and finite, got {LearningRate}");
        Check(Momentum is >= 0 and < 1, $"momentum: must be in [0, 1), got {Momentum}");
        Check(WeightDecay >= 0 && double.IsFinite(WeightDecay), $"weight decay: must be ≥ 0, got {WeightDecay}");
        Check(BatchSize > 0, $"batch size: must be positive, got {BatchSize}");
        Check(Epochs > 0, $"epochs: must be positive, got {Epochs}");
        Check(MixupAlpha >= 0 && double.IsFinite(MixupAlpha), $"mixup alpha: must be ≥ 0 (0 = off), got {MixupAlpha}");
        if (Schedule == ScheduleKind.WarmupCosine)
        {
            Check(WarmupEpochs is >= 0 && WarmupEpochs < Epochs, $"warmup epochs: the warmup-cosine schedule needs 0 ≤ warmup < epochs ({Epochs}), got {WarmupEpochs?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
            Check(MinLearningRate is { } floor && floor >= 0 && floor <= LearningRate,
                $"min learning rate: the warmup-cosine schedule needs a floor in [0, learning rate {LearningRate.ToString(CultureInfo.InvariantCulture)}], got {MinLearningRate?.ToString(CultureInfo.InvariantCulture) ?? "nothing"}");
        }
        else
        {
            Check(WarmupEpochs is null, $"warmup epochs: only the warmup-cosine schedule reads it (schedule {Schedule})");
            Check(MinLearningRate is null, $"min learning rate: only the warmup-cosine schedule reads it (schedule {Schedule})");
        }
        Check(MeasureEvery > 0, $"measure every: must be positive, got {MeasureEvery}");
        Check(EvalBatchSize > 0, $"eval batch size: must be positive, got {EvalBatchSize}");
        Check(CheckpointEvery > 0, $"checkpoint every: must be positive, got {CheckpointEvery}");
        if (MeasureAt is not null)
        {
            foreach (int e in MeasureAt.Where(e => e < 0 || e > Epochs))
            {
                problems.Add($"measure at: epoch {e} is outside 0..{Epochs}");
            }
        }
        return problems;
    }

    /// <summary>Throws one <see cref="ArgumentException"/> listing every problem.</summary>
    public void Validate()
    {
        var problems = Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("training options: " + string.Join("; ", problems));
        }
    }
}
