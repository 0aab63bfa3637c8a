namespace RegionCount.Reports.Claims;

/// <summary>What a run says about a claim.</summary>
public enum VerdictOutcome
{
    Reproduced,
    NotReproduced,

    /// <summary>The evidence does not decide (interval spans the threshold, too few runs, runs failed).</summary>
    Inconclusive,
}
