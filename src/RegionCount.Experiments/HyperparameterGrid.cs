namespace RegionCount.Experiments;

/// <summary>The training grid of one experiment: every list is one axis of the cartesian product.</summary>
public sealed record HyperparameterGrid
{
    public IReadOnlyList<double>? LearningRates { get; init; }

    public IReadOnlyList<int>? BatchSizes { get; init; }

    public IReadOnlyList<double>? WeightDecays { get; init; }

    /// <summary>sgd, adam or adagrad; default [sgd].</summary>
    public IReadOnlyList<OptimizerKind>? Optimizers { get; init; }

    /// <summary>SGD momentum (the paper: 0.9, no Nesterov).</summary>
    public double Momentum { get; init; } = 0.9;

    /// <summary>cosine (T_max = epochs, stepped per epoch), constant or warmup-cosine.</summary>
    public ScheduleKind Schedule { get; init; } = ScheduleKind.Cosine;

    /// <summary>The warmup-cosine schedule's linear warmup, in epochs (0 = none); required by it and read by no other
    /// schedule (the validator refuses it elsewhere). Written into a run's settings only when its schedule reads it, so
    /// every other run keeps its fingerprint.</summary>
    public int? WarmupEpochs { get; init; }

    /// <summary>The warmup-cosine schedule's floor η_min (the authors' ViT: 1e-5); required by it, refused elsewhere, written
    /// into a run's settings only when read.</summary>
    public double? MinLearningRate { get; init; }

    public int? Epochs { get; init; }

    /// <summary>none or crop-flip; default [none].</summary>
    public IReadOnlyList<AugmentationKind>? Augmentations { get; init; }

    /// <summary>The border of a crop-flip run's random crop: zero or black (<see cref="Experiments.CropPadding"/>); null
    /// = zero, and not written into any record. Only crop-flip runs carry it (the validator requires the grid to have one).</summary>
    public CropPadding? CropPadding { get; init; }

    /// <summary>Mixup alpha values, 0 = off; default [0].</summary>
    public IReadOnlyList<double>? MixupAlphas { get; init; }
}
