namespace RegionCount.Experiments;

/// <summary>How a run ended. Completed and diverged are results (resume skips them); failed is retried.</summary>
public enum RunStatus
{
    Completed,

    /// <summary>Training ran but the loss became non-finite: a result the analysis reports, not an error.</summary>
    Diverged,

    /// <summary>An error stopped the run; the message says which. Resume runs it again.</summary>
    Failed,
}
