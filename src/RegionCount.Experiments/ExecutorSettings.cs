namespace RegionCount.Experiments;

/// <summary>What the CLI passes to an executor factory: data folder, device choice, threads, the checkpoint cache, and
/// the memory one inference chunk (probe points, evaluation batch) may take, in bytes. The budget is a resource of the
/// machine, like the threads, not of the experiment: it is not part of a run's fingerprint, and each record states the
/// chunk sizes it led to.</summary>
public sealed record ExecutorSettings(string? DataDirectory, string Device, int Threads, string CacheDirectory, long MemoryBudget = ExecutorSettings.DefaultMemoryBudget)
{
    /// <summary>2 GiB: safe beside a training run on a 24 GB card or a 16 GB laptop, and above what every built-in
    /// CPU profile needs, so their chunk sizes are the ones their profiles state.</summary>
    public const long DefaultMemoryBudget = 2L << 30;
}
