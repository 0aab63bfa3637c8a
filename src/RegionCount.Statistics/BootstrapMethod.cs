namespace RegionCount.Statistics;

/// <summary>How a bootstrap interval is read off the resampled statistics.</summary>
public enum BootstrapMethod
{
    /// <summary>The (1 − level)/2 and (1 + level)/2 quantiles of the resampled statistics.</summary>
    Percentile,

    /// <summary>Bias-corrected and accelerated (Efron 1987); the acceleration comes from the jackknife.</summary>
    BCa,
}
