using System.Globalization;
using RegionCount.Reports.Claims;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// The rule every correlation verdict applies (C1, C2, C9, C11, C12, C13, C18, C10 per dimension, C14 per regime):
/// <list type="bullet">
/// <item>fewer configurations than the minimum: inconclusive, "too few configurations (n, minimum m)";</item>
/// <item>not reproduced only when the bootstrap 95% interval excludes the claimed value: its upper end is below the
/// threshold (a point estimate below the threshold with an interval that reaches it is inconclusive);</item>
/// <item>reproduced when the estimate reaches the threshold and the interval's lower end is above 0 (a positive
/// association established, of the claimed size);</item>
/// <item>otherwise inconclusive.</item>
/// </list>
/// </summary>
public static class CorrelationRule
{
    /// <summary>
    /// No percentile bootstrap interval over fewer configurations. A resample holding only two distinct
    /// configurations gives r = ±1 exactly; the share of such resamples, (n + C(n,2)(2ⁿ − 2))/nⁿ, is 34 % at n = 4,
    /// 9.8 % at 5, 2.0 % at 6 (the size of a 2.5 % tail), 0.3 % at 7 and 0.04 % at 8. A simulation of the nominal
    /// 95 % percentile interval of Pearson r (bivariate normal, ρ = 0.9, 1,000 samples × 1,000 resamples) covered ρ
    /// in 75 % of samples at n = 4, 85 % at 5, 87 % at 6, 91 % at 7 and 8 and 92 % at 10: the coverage stops
    /// improving quickly from 7 on, and 8 leaves one configuration of margin. A profile's minConfigs may raise the
    /// minimum, never lower it.
    /// </summary>
    public const int MinimumConfigurations = 8;

    /// <summary>The minimum for a claim: <see cref="MinimumConfigurations"/>, or the profile's minConfigs if larger.</summary>
    public static int Minimum(ClaimThresholds thresholds)
    {
        ArgumentNullException.ThrowIfNull(thresholds);
        return Math.Max(MinimumConfigurations, thresholds.MinConfigs);
    }

    /// <summary>The rule as the report states it.</summary>
    public static string Text(bool rank, double threshold, int minimum)
    {
        string s = rank ? "ρ" : "r";
        return string.Create(CultureInfo.InvariantCulture,
            $"not reproduced if the 95% interval's upper end < {threshold:G3}; reproduced if {s} ≥ {threshold:G3} and the interval's lower end > 0; otherwise inconclusive; at least {minimum} configurations");
    }

    /// <returns>The outcome, and the reason when no rule could be applied (null otherwise).</returns>
    public static (VerdictOutcome Outcome, string? Reason) Decide(CorrelationEvidence evidence, double threshold, int minimum)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.N < minimum)
        {
            return (VerdictOutcome.Inconclusive, string.Create(CultureInfo.InvariantCulture, $"too few configurations ({evidence.N}, minimum {minimum})"));
        }
        if (!evidence.Defined)
        {
            return (VerdictOutcome.Inconclusive, "the region count or the target is constant over the configurations");
        }
        if (!evidence.HasInterval)
        {
            return (VerdictOutcome.Inconclusive, "no bootstrap interval (most resamples had a constant side)");
        }
        var outcome = evidence.High < threshold ? VerdictOutcome.NotReproduced
            : evidence.Estimate >= threshold && evidence.Low > 0 ? VerdictOutcome.Reproduced
            : VerdictOutcome.Inconclusive;
        return (outcome, null);
    }

    /// <summary>"Pearson r 0.912 [0.801, 0.966] over 9 configurations, p(r > 0) 0.002".</summary>
    public static string Describe(CorrelationEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        string name = e.Rank ? "Spearman ρ" : "Pearson r";
        string s = e.Rank ? "ρ" : "r";
        return !e.Defined
            ? string.Create(CultureInfo.InvariantCulture, $"{name} undefined over {e.N} configurations")
            : e.HasInterval
                ? string.Create(CultureInfo.InvariantCulture, $"{name} {e.Estimate:F3} [{e.Low:F3}, {e.High:F3}] over {e.N} configurations, p({s} > 0) {e.PValue:G3}")
                : string.Create(CultureInfo.InvariantCulture, $"{name} {e.Estimate:F3} (no interval) over {e.N} configurations, p({s} > 0) {e.PValue:G3}");
    }
}
