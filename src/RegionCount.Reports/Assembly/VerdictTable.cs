using RegionCount.Reports.Tables;

namespace RegionCount.Reports.Assembly;

/// <summary>
/// Every verdict of a profile's claims as one text-only table (claim, subject, asserted or recorded, verdict): the
/// snapshot expected/&lt;profile&gt;/verdicts/verdicts.verified.md, compared exactly in every snapshot mode.
/// </summary>
public static class VerdictTable
{
    public const string Name = "verdicts";

    public static MetricTable Build(ProfileAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(analysis);
        var table = new MetricTable(Name, $"Verdicts of profile {analysis.Profile.Name}", [
            new MetricColumn("claim", "claim"),
            new MetricColumn("subject", "subject"),
            new MetricColumn("role", "asserted or recorded"),
            new MetricColumn("verdict", "verdict"),
        ]);
        foreach (var id in analysis.ClaimIds)
        {
            if (analysis.Get(id) is not { } outcome)
            {
                continue;
            }
            foreach (var v in outcome.Result.Verdicts)
            {
                table.Add(v.ClaimId, v.Subject, outcome.Asserted ? "asserted" : "recorded", v.OutcomeText);
            }
        }
        return table;
    }
}
