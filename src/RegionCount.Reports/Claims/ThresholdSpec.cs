using System.Globalization;

namespace RegionCount.Reports.Claims;

/// <summary>A threshold a claim's analysis reads: its name in a profile's <c>claims.&lt;id&gt;.thresholds</c>, the value
/// used when the profile does not set it, and what it means. A profile naming a threshold its claim does not declare
/// is invalid (<see cref="ClaimCatalog.Validate"/>).</summary>
public sealed record ThresholdSpec(string Name, double Default, string Meaning)
{
    public static readonly ThresholdSpec PearsonR = new("pearsonR", 0.9, "minimum Pearson r");
    public static readonly ThresholdSpec Spearman = new("spearman", 0.9, "minimum Spearman ρ");
    public static readonly ThresholdSpec Alpha = new("alpha", 0.05, "test level");
    public static readonly ThresholdSpec MinConfigs = new("minConfigs", 8, "fewest configurations for a correlation interval; it can raise, never lower, the harness minimum of 8 (CorrelationRule.MinimumConfigurations)");
    public static readonly ThresholdSpec Interpolation = new("interpolation", 99.5, "clean train accuracy (%) a run must reach to count as interpolating");
    public static readonly ThresholdSpec EarlyEpoch = new("earlyEpoch", double.NaN, "the early epoch (default: the first measured epoch after initialization)");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Name} (default {Default:G4}: {Meaning})");
}
