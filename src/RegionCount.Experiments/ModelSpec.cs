namespace RegionCount.Experiments;

/// <summary>A model as a profile names it: one of <see cref="KnownNames.Models"/> plus the options it reads.</summary>
public sealed record ModelSpec
{
    /// <summary>How experiments refer to it; defaults to <see cref="Name"/>.</summary>
    public string? Id { get; init; }

    public string? Name { get; init; }

    /// <summary>Model options, e.g. {"widths": [512, 512]}; part of the fingerprint (key order does not matter).</summary>
    public ModelSpecOptions? Options { get; init; }

    internal string Key => Id ?? Name ?? "";
}
