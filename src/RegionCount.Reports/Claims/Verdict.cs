using System.Globalization;

namespace RegionCount.Reports.Claims;

/// <summary>A claim's verdict with its evidence: statistic, interval, N and the threshold it was judged by.</summary>
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
