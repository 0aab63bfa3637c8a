namespace RegionCount.Experiments;

/// <summary>A dataset as a profile names it.</summary>
public sealed record DatasetSpec
{
    /// <summary>How experiments refer to it; defaults to <see cref="Name"/>.</summary>
    public string? Id { get; init; }

    /// <summary>One of <see cref="KnownNames.Datasets"/>.</summary>
    public string? Name { get; init; }

    /// <summary>Training images/points used (the first N of a fixed, seeded subset); null = all.</summary>
    public int? TrainSize { get; init; }

    /// <summary>Test images/points used; null = all.</summary>
    public int? TestSize { get; init; }

    /// <summary>Per-channel normalization; null = none (synthetic data) .</summary>
    public NormalizationSpec? Normalization { get; init; }

    internal string Key => Id ?? Name ?? "";
}
