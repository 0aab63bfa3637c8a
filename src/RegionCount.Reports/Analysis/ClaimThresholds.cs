using RegionCount.Reports.Claims;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// A profile's thresholds for one claim, with the defaults its <see cref="ClaimDefinition.Thresholds"/> declares for
/// those the profile does not set. Reading a threshold the claim does not declare is a programming error (it throws),
/// so a stated rule cannot silently read a default the profile could never change.
/// </summary>
public sealed class ClaimThresholds
{
    private readonly IReadOnlyDictionary<string, double> _values;
    private readonly Dictionary<string, ThresholdSpec> _declared;

    public ClaimThresholds(ClaimDefinition claim, IReadOnlyDictionary<string, double>? values, bool asserted)
    {
        ArgumentNullException.ThrowIfNull(claim);
        _values = values ?? new Dictionary<string, double>();
        _declared = claim.Thresholds.ToDictionary(t => t.Name, StringComparer.Ordinal);
        ClaimId = claim.Id;
        Asserted = asserted;
    }

    public string ClaimId { get; }

    /// <summary>Whether the profile asserts the claim (a failing verdict fails the test) or only records it.</summary>
    public bool Asserted { get; }

    public double PearsonR => Get(ThresholdSpec.PearsonR.Name);

    public double Spearman => Get(ThresholdSpec.Spearman.Name);

    public double Alpha => Get(ThresholdSpec.Alpha.Name);

    public int MinConfigs => (int)Get(ThresholdSpec.MinConfigs.Name);

    public double Interpolation => Get(ThresholdSpec.Interpolation.Name);

    /// <exception cref="InvalidOperationException">The claim does not declare <paramref name="name"/>.</exception>
    public double Get(string name) =>
        !_declared.TryGetValue(name, out var spec)
            ? throw new InvalidOperationException($"claim {ClaimId} reads threshold '{name}', which its definition does not declare")
            : _values.TryGetValue(name, out var v) ? v : spec.Default;

}
