using RegionCount.Experiments;
using RegionCount.Reports.Analysis;
using RegionCount.Reports.Claims;

namespace RegionCount.Reports.Assembly;

/// <summary>
/// Analyses a profile's claims from its plan and the store's records: each claim the profile names is judged from
/// the runs of the experiments it lists (C8 and T1 from their study records). The verdicts that rest on a hypothesis
/// test form one family over the whole report (<see cref="TestFamily"/>): their p-values are Holm-adjusted together
/// and each is decided from its adjusted p. So the first claim asked for analyses every claim of the profile (once,
/// cached): a test verdict's outcome depends on the others' p-values.
/// </summary>
public sealed class ProfileAnalysis(Profile profile, SweepPlan plan, IReadOnlyDictionary<string, RunRecord> records)
{
    private readonly Lazy<IReadOnlyDictionary<string, ClaimOutcome>> _outcomes = new(() => AnalyzeAll(profile, plan, records));

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
    public IReadOnlyList<string> ClaimIds => Analysable(Profile, Plan);

    /// <summary>The outcome of one claim (its test verdicts adjusted over the report's family), or null when the
    /// profile does not name it (or plans none of its runs).</summary>
    public ClaimOutcome? Get(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        return _outcomes.Value.TryGetValue(id, out var outcome) ? outcome : null;
    }

    /// <summary>The test verdicts of the report in catalog order: the family their p-values were adjusted over.</summary>
    public IReadOnlyList<Verdict> Family =>
        [.. ClaimIds.Select(Get).OfType<ClaimOutcome>().SelectMany(o => o.Result.Verdicts).Where(v => v.Test is not null)];

    private static List<string> Analysable(Profile profile, SweepPlan plan) =>
        ClaimCatalog.All.Select(c => c.Id).Where(id => profile.Claims?.TryGetValue(id, out var e) == true
            && e.Experiments is { Count: > 0 } experiments && plan.Runs.Any(r => r.Experiments.Any(experiments.Contains))).ToList();

    private static Dictionary<string, ClaimOutcome> AnalyzeAll(Profile profile, SweepPlan plan, IReadOnlyDictionary<string, RunRecord> records)
    {
        var outcomes = Analysable(profile, plan).Select(id => Analyze(profile, plan, records, id)).OfType<ClaimOutcome>().ToList();
        var adjusted = TestFamily.Adjust([.. outcomes.SelectMany(o => o.Result.Verdicts)]);
        var result = new Dictionary<string, ClaimOutcome>(StringComparer.Ordinal);
        int at = 0;
        foreach (var outcome in outcomes)
        {
            int count = outcome.Result.Verdicts.Count;
            result[outcome.Result.Claim.Id] = outcome with { Result = outcome.Result with { Verdicts = [.. adjusted.Skip(at).Take(count)] } };
            at += count;
        }
        return result;
    }

    private static ClaimOutcome? Analyze(Profile profile, SweepPlan plan, IReadOnlyDictionary<string, RunRecord> records, string id)
    {
        var expectation = profile.Claims![id];
        var claim = ClaimCatalog.Get(id);
        var thresholds = new ClaimThresholds(claim, expectation.Thresholds, expectation.Expectation == "asserted");
        var experiments = (IReadOnlyCollection<string>?)expectation.Experiments ?? [];
        var runs = ClaimRunMapper.Map(plan, records, experiments);
        var result = claim.Analysis?.Invoke(claim, new ClaimInput(runs, thresholds) { Experiments = [.. experiments] });
        return result is null ? null
            : new ClaimOutcome(result, thresholds.Asserted, expectation.Note, runs.Count, runs.Count(r => r.Status == "missing"));
    }
}
