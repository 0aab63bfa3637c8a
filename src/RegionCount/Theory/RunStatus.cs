namespace RegionCount.Theory;

/// <summary>How a gradient-descent run ended.</summary>
public enum RunStatus
{
    /// <summary>The gradient norm fell below the tolerance (or the loss below its tolerance) within the budget.</summary>
    Converged,

    /// <summary>The loss became non-finite or exceeded the blow-up bound.</summary>
    Diverged,

    /// <summary>Neither within the step budget.</summary>
    NotConverged,
}
