namespace RegionCount.Execution;

/// <summary>The record environment's memory entries: what the budget led to, so a reader sees the chunk sizes a run's
/// numbers were computed with (the profile's sizes are upper bounds).</summary>
public static class MemoryKeys
{
    /// <summary>The memory budget of one inference chunk ("2 GiB").</summary>
    public const string Budget = "memoryBudget";

    /// <summary>Counted bytes per input of an inference pass (<see cref="Runtime.ForwardMemory"/>).</summary>
    public const string InferencePerInput = "inferenceBytesPerInput";

    /// <summary>The evaluation batch used.</summary>
    public const string EvalBatch = "evalBatch";

    /// <summary>Probe points per forward pass used, one per probe of the run, comma-separated.</summary>
    public const string PointsPerForward = "pointsPerForward";
}
