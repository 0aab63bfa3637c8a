using System.Globalization;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// A profile's thresholds for one claim, with the harness defaults for those it does not set. Names:
/// pearsonR (minimum r), spearman (minimum ρ), alpha (test level), minConfigs (fewest configurations for a
/// correlation), interpolation (clean train accuracy, %, a run must reach to count as interpolating).
/// </summary>
public sealed class ClaimThresholds(IReadOnlyDictionary<string, double>? values, bool asserted)
{
    private readonly IReadOnlyDictionary<string, double> _values = values ?? new Dictionary<string, double>();

    /// <summary>Whether the profile asserts the claim (a failing verdict fails the test) or only records it.</summary>
    public bool Asserted { get; } = asserted;

    public double PearsonR => Get("pearsonR", 0.9);

    public double Spearman => Get("spearman", 0.9);

    public double Alpha => Get("alpha", 0.05);

    public int MinConfigs => (int)Get("minConfigs", 4);

    public double Interpolation => Get("interpolation", 99.5);

    public double Get(string name, double fallback) => _values.TryGetValue(name, out var v) ? v : fallback;

    public string Describe(params string[] names) => string.Join(", ", names.Select(n =>
        string.Create(CultureInfo.InvariantCulture, $"{n} {Get(n, double.NaN):G4}")));
}
