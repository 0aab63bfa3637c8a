using RegionCount.Experiments;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;

namespace RegionCount.Reports.Assembly;

/// <summary>
/// Analyses a profile's claims from its plan and the store's records: each claim the profile names is judged from
/// the runs of the experiments it lists (C8 and T1 from their study records). Claims are analysed on demand and
/// cached, so a test of one claim does not pay for the others.
/// </summary>
public sealed class ProfileAnalysis(Profile profile, SweepPlan plan, IReadOnlyDictionary<string, RunRecord> records)
{
    private readonly Dictionary<string, ClaimOutcome?> _cache = new(StringComparer.Ordinal);

    /// <summary>The analysis of a profile over the records in <paramref name="storeDirectory"/> (none if it does not exist).</summary>
    public static ProfileAnalysis FromStore(Profile profile, string storeDirectory)
    {
        ArgumentNullException.ThrowIfNull(profile);
        var records = Directory.Exists(storeDirectory)
            ? new RunStore(storeDirectory).ReadAll().ToDictionary(r => r.Fingerprint, StringComparer.Ordinal)
            : new Dictionary<string, RunRecord>(StringComparer.Ordinal);
        return new ProfileAnalysis(profile, SweepPlanner.Plan(profile), records);
    }

    public Profile Profile { get; } = profile;

    public SweepPlan Plan { get; } = plan;

    public IReadOnlyDictionary<string, RunRecord> Records { get; } = records;

    /// <summary>The claims of the catalog that this profile names, in catalog order.</summary>
    public IReadOnlyList<string> ClaimIds =>
        ClaimCatalog.All.Select(c => c.Id).Where(id => Profile.Claims?.ContainsKey(id) == true && IsAnalysable(id)).ToList();

    /// <summary>The outcome of one claim, or null when the profile does not name it (or plans none of its runs).</summary>
    public ClaimOutcome? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (!_cache.TryGetValue(id, out var outcome))
        {
            outcome = Analyze(id);
            _cache[id] = outcome;
        }
        return outcome;
    }

    private bool IsAnalysable(string id) =>
        Profile.Claims![id].Experiments is { Count: > 0 } e && Plan.Runs.Any(r => r.Experiments.Any(e.Contains));

    private ClaimOutcome? Analyze(string id)
    {
        if (Profile.Claims is null || !Profile.Claims.TryGetValue(id, out var expectation) || !IsAnalysable(id))
        {
            return null;
        }
        var claim = ClaimCatalog.Get(id);
        var thresholds = new ClaimThresholds(claim, expectation.Thresholds, expectation.Expectation == "asserted");
        var experiments = (IReadOnlyCollection<string>?)expectation.Experiments ?? [];
        var runs = ClaimRunMapper.Map(Plan, Records, experiments);
        var result = claim.Analysis?.Invoke(claim, new ClaimInput(runs, thresholds));
        return result is null ? null
            : new ClaimOutcome(result, thresholds.Asserted, expectation.Note, runs.Count, runs.Count(r => r.Status == "missing"));
    }

}
