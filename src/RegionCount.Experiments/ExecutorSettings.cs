namespace RegionCount.Experiments;

/// <summary>What the CLI passes to an executor factory: data folder, device choice, threads and the checkpoint cache.</summary>
public sealed record ExecutorSettings(string? DataDirectory, string Device, int Threads, string CacheDirectory);
