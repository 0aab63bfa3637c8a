namespace RegionCount.Experiments;

/// <summary>The runs of a profile in a fixed order (experiments in profile order, then their product), each once.</summary>
public sealed record SweepPlan(string ProfileName, IReadOnlyList<RunSpec> Runs)
{
    /// <summary>The runs that at least one of <paramref name="experiments"/> plans, in plan order (a tier of a large
    /// profile, e.g. its main grid only). An id no experiment of the profile has is an error naming the ones it has.</summary>
    /// <exception cref="ArgumentException">An unknown experiment id.</exception>
    public SweepPlan Only(IReadOnlyCollection<string> experiments, IEnumerable<string> known)
    {
        ArgumentNullException.ThrowIfNull(experiments);
        ArgumentNullException.ThrowIfNull(known);
        var ids = known.ToList();
        if (experiments.FirstOrDefault(e => !ids.Contains(e, StringComparer.Ordinal)) is { } unknown)
        {
            throw new ArgumentException($"experiment '{unknown}': profile {ProfileName} has none by that id; it has {string.Join(", ", ids)}", nameof(experiments));
        }
        return this with { Runs = Runs.Where(r => r.Experiments.Any(e => experiments.Contains(e, StringComparer.Ordinal))).ToList() };
    }

    /// <summary>The runs of one shard, in plan order.</summary>
    public SweepPlan Shard(ShardSpec shard)
    {
        ArgumentNullException.ThrowIfNull(shard);
        return this with { Runs = Runs.Where((_, k) => shard.Contains(k)).ToList() };
    }
}
