namespace RegionCount.Reports.Claims;

/// <summary>What a verdict's rule could have said at its size, beside what it said (a simulation of the rule itself).</summary>
/// <param name="Reproduced">P(reproduced) under the stated alternative (the paper's effect).</param>
/// <param name="NotReproducedIfNone">P(not reproduced) if there were no effect; NaN where the rule's "not reproduced"
/// needs an effect in the opposite direction (a trend test: then it is at most alpha by construction).</param>
/// <param name="Description">The alternative and the numbers, for the evidence line.</param>
public sealed record VerdictPower(double Reproduced, double NotReproducedIfNone, string Description)
{
    /// <summary>The power a design is asked to reach: the conventional 80 %.</summary>
    public const double Target = 0.8;

    /// <summary>The size at which the same rule, under the same alternative, reaches <see cref="Target"/>: "12
    /// configurations", "9 blocks", "> 81 configurations" (beyond the largest size searched); null where not
    /// computed.</summary>
    public string? Needed { get; init; }
}
