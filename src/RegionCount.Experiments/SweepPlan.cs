namespace RegionCount.Experiments;

/// <summary>The runs of a profile in a fixed order (experiments in profile order, then their product), each once.</summary>
public sealed record SweepPlan(string ProfileName, IReadOnlyList<RunSpec> Runs)
{
    /// <summary>The runs of one shard, in plan order.</summary>
    public SweepPlan Shard(ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        return this with { Runs = Runs.Where((_, k) => shard.Contains(k)).ToList() };
    }
}
