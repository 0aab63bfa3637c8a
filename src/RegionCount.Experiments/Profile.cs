using System.Text.Json.Serialization;

namespace RegionCount.Experiments;

/// <summary>A declarative experiment profile (smoke, cpu, cifar-cpu, paper or a user file): what to train and measure, and
/// what each claim expects. Load with <see cref="ProfileLoader"/>, which validates it.</summary>
public sealed record Profile
{
    public string? Name { get; init; }

    public string? Description { get; init; }

    /// <summary>Free text about the profile's maturity, e.g. "first version, to be frozen".</summary>
    public string? Status { get; init; }

    /// <summary>The design and its reasons, one paragraph per entry (shown in the report).</summary>
    public IReadOnlyList<string>? Design { get; init; }

    public IReadOnlyList<DatasetSpec>? Datasets { get; init; }

    public IReadOnlyList<ModelSpec>? Models { get; init; }

    public IReadOnlyList<ExperimentSpec>? Experiments { get; init; }

    /// <summary>Per claim id (C1..C14, C18, T1): its expectation.</summary>
    public IReadOnlyDictionary<string, ClaimExpectation>? Claims { get; init; }

    /// <summary>Where the profile came from (a path, or "builtin:smoke"); set by the loader.</summary>
    [JsonIgnore]
    public string Source { get; init; } = "";
}
