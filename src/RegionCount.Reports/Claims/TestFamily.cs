using RegionCount.Statistics;

namespace RegionCount.Reports.Claims;

/// <summary>
/// Multiplicity over one report: the family is every verdict that rests on a hypothesis test
/// (<see cref="Verdict.Test"/> set), over all claims of the profile. Holm's step-down adjustment
/// (<see cref="MultipleTesting.Holm"/>) is applied to the claimed-direction p-values and, separately, to the
/// opposite-direction p-values; each verdict is then decided again from its adjusted p-values. Verdicts judged by an
/// interval or an exact check are not in the family and pass through unchanged.
/// </summary>
public static class TestFamily
{
    /// <summary>The family's description for the report.</summary>
    public const string Description =
        "every verdict of this report that rests on a hypothesis test (the verdict table lists raw and Holm-adjusted p beside each); " +
        "Holm's step-down adjustment over the claimed-direction p-values of the family, and separately over the opposite-direction p-values, " +
        "so the chance of any false 'reproduced' is at most alpha and so is the chance of any false 'not reproduced'. " +
        "Verdicts judged by a 95 % interval (correlations, differences of correlations, paired means) or by an exact check are not in the family; " +
        "their intervals are per verdict";

    /// <returns>The verdicts in the same order, test verdicts with adjusted p-values and their outcome decided from them.</returns>
    /// <exception cref="ArgumentException">A test verdict's p-value is not in [0, 1].</exception>
    public static IReadOnlyList<Verdict> Adjust(IReadOnlyList<Verdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(verdicts);
        var members = Enumerable.Range(0, verdicts.Count).Where(i => verdicts[i].Test is not null).ToList();
        var adjusted = verdicts.ToArray();
        if (members.Count == 0)
        {
            return adjusted;
        }
        var claimed = MultipleTesting.Holm(members.Select(i => verdicts[i].Test!.P).ToList());
        var opposite = MultipleTesting.Holm(members.Select(i => verdicts[i].Test!.POpposite).ToList());
        for (int k = 0; k < members.Count; k++)
        {
            var v = verdicts[members[k]];
            var test = v.Test! with { AdjustedP = claimed[k], AdjustedPOpposite = opposite[k], FamilySize = members.Count };
            adjusted[members[k]] = v with { Test = test, Outcome = test.Decide() };
        }
        return adjusted;
    }
}
