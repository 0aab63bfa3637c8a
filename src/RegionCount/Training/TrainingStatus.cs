namespace RegionCount.Training;

/// <summary>How a run ended.</summary>
public enum TrainingStatus
{
    /// <summary>Every epoch ran.</summary>
    Completed,

    /// <summary>A training loss was NaN or infinite; the run stopped in that epoch.</summary>
    Diverged,

    /// <summary>The caller's cancellation token stopped the run after an epoch; a checkpoint (if any) allows resuming.</summary>
    Cancelled,
}
