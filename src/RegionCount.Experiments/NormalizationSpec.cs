namespace RegionCount.Experiments;

/// <summary>Per-channel mean and standard deviation applied after scaling pixels to [0, 1].</summary>
public sealed record NormalizationSpec
{
    public IReadOnlyList<double>? Mean { get; init; }

    public IReadOnlyList<double>? Std { get; init; }
}
