namespace RegionCount.Reports.Claims;

/// <summary>What a verdict's rule could have said at its size, beside what it said (a simulation of the rule itself).</summary>
/// <param name="Reproduced">P(reproduced) under the stated alternative (the paper's effect).</param>
/// <param name="NotReproducedIfNone">P(not reproduced) if there were no effect; NaN where the rule's "not reproduced"
/// needs an effect in the opposite direction (a trend test: then it is at most alpha by construction).</param>
/// <param name="Description">The alternative and the numbers, for the evidence line.</param>
public sealed record VerdictPower(double Reproduced, double NotReproducedIfNone, string Description);
