namespace RegionCount.Experiments;

/// <summary>What a profile expects of one claim: asserted (with thresholds) or only recorded.</summary>
public sealed record ClaimExpectation
{
    /// <summary>asserted or recorded.</summary>
    public string? Expectation { get; init; }

    /// <summary>Thresholds by name, e.g. {"pearsonR": 0.9}; required when asserted.</summary>
    public IReadOnlyDictionary<string, double>? Thresholds { get; init; }

    /// <summary>Ids of the experiments whose runs the claim needs.</summary>
    public IReadOnlyList<string>? Experiments { get; init; }

    public string? Note { get; init; }
}
