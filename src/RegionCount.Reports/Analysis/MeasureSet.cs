namespace RegionCount.Reports.Analysis;

/// <summary>
/// The parameter measures a claim (C6, C7) compares with the region count. A profile whose experiments name measures
/// (the paper profile) gets the ones of <see cref="Group"/> it names; a profile that names none (smoke, cpu, cifar-cpu)
/// gets <see cref="Default"/>, measures every record holds or its mapping derives. The choice rests on the plan, never
/// on which numbers a record happens to hold, so a new run of an old configuration is compared like the old one.
/// </summary>
/// <param name="Group">Every measure the claim may compare (JSON names).</param>
/// <param name="Default">The ones it compares when the runs' experiments name none.</param>
public sealed record MeasureSet(IReadOnlyList<string> Group, IReadOnlyList<string> Default)
{
    /// <summary>The measures to compare for <paramref name="runs"/>: those of the group their experiments name, or the default.</summary>
    public IReadOnlyList<string> For(IEnumerable<ClaimRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var named = runs.SelectMany(r => r.NamedMeasures ?? []).ToHashSet(StringComparer.Ordinal);
        return named.Count == 0 ? Default : [.. Group.Where(named.Contains)];
    }
}
