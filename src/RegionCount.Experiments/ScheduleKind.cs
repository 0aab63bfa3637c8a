namespace RegionCount.Experiments;

/// <summary>How the learning rate changes over the epochs (profiles: cosine, constant, warmup-cosine).</summary>
public enum ScheduleKind
{
    /// <summary>Cosine annealing to 0 with T_max = epochs, stepped once per epoch (CosineAnnealingLR).</summary>
    Cosine,

    /// <summary>The initial learning rate throughout.</summary>
    Constant,

    /// <summary>The authors' ViT schedule (C17): a linear warmup over the grid's <c>warmupEpochs</c>, then cosine annealing
    /// to the grid's <c>minLearningRate</c> with T_max = epochs (GradualWarmupScheduler with multiplier 1 wrapping
    /// CosineAnnealingLR; the values in RegionCount.Training.LearningRateSchedule).</summary>
    WarmupCosine,
}
