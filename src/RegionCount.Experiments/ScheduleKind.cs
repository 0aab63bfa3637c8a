namespace RegionCount.Experiments;

/// <summary>How the learning rate changes over the epochs (profiles: cosine, constant).</summary>
public enum ScheduleKind
{
    /// <summary>Cosine annealing to 0 with T_max = epochs, stepped once per epoch (CosineAnnealingLR).</summary>
    Cosine,

    /// <summary>The initial learning rate throughout.</summary>
    Constant,
}
