using System.Globalization;

namespace RegionCount.Reports.Claims;

/// <summary>A claim's verdict with its evidence: statistic, interval, N and the rule it was judged by.</summary>
/// <param name="Threshold">The rule the verdict applied, as the report states it ("judged by").</param>
/// <param name="Evidence">What the rule was applied to (estimates, intervals, counts, raw p-values).</param>
public sealed record Verdict(
    string ClaimId,
    string Subject,
    VerdictOutcome Outcome,
    string Statistic,
    double Value,
    double Low,
    double High,
    int N,
    string Threshold,
    string Evidence)
{
    /// <summary>The hypothesis test the verdict rests on, or null for a verdict judged by an interval or an exact
    /// check. A test verdict's outcome is <see cref="VerdictTest.Decide"/> of its (after <see cref="TestFamily.Adjust"/>:
    /// Holm-adjusted) p-values.</summary>
    public VerdictTest? Test { get; init; }

    /// <summary>The operating characteristics of the rule at this verdict's size (a correlation verdict:
    /// <see cref="Analysis.CorrelationPower"/>; a C3/C4 trend: <see cref="Analysis.TrendPower"/>); null otherwise.</summary>
    public VerdictPower? Power { get; init; }

    /// <summary>The value the rule compares the estimate with (a correlation verdict's threshold); NaN otherwise.</summary>
    public double ClaimedValue { get; init; } = double.NaN;

    /// <summary>A verdict decided by <paramref name="test"/> (its outcome and rule come from the test).</summary>
    public static Verdict FromTest(string claimId, string subject, string statistic, double value, double low, double high, int n,
        string evidence, VerdictTest test)
    {
        ArgumentNullException.ThrowIfNull(test);
        return new Verdict(claimId, subject, test.Decide(), statistic, value, low, high, n, test.Rule, evidence) { Test = test };
    }

    /// <summary>An inconclusive verdict that no rule could be applied to, with the reason.</summary>
    public static Verdict Undecided(string claimId, string subject, string statistic, int n, string rule, string reason) =>
        new(claimId, subject, VerdictOutcome.Inconclusive, statistic, double.NaN, double.NaN, double.NaN, n, rule, reason);

    /// <summary>The evidence, followed by the test's raw and adjusted p-values for a test verdict.</summary>
    public string Explanation => Test is null ? Evidence : $"{Evidence}; {Test.Describe()}";

    /// <summary>"0.912 [0.801, 0.966]" with the given precision.</summary>
    public string ValueWithInterval(int decimals = 3)
    {
        string f = "F" + decimals.ToString(CultureInfo.InvariantCulture);
        return double.IsNaN(Low)
            ? Value.ToString(f, CultureInfo.InvariantCulture)
            : string.Create(CultureInfo.InvariantCulture, $"{Value.ToString(f, CultureInfo.InvariantCulture)} [{Low.ToString(f, CultureInfo.InvariantCulture)}, {High.ToString(f, CultureInfo.InvariantCulture)}]");
    }

    public string OutcomeText => Outcome switch
    {
        VerdictOutcome.Reproduced => "reproduced",
        VerdictOutcome.NotReproduced => "not reproduced",
        _ => "inconclusive",
    };
}
