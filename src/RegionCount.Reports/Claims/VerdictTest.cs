using System.Globalization;

namespace RegionCount.Reports.Claims;

/// <summary>
/// The hypothesis test a verdict rests on: its one-sided p-values in the direction the paper claims and in the
/// opposite direction. A test verdict is decided by <see cref="Decide"/>: reproduced when the adjusted p in the
/// claimed direction is below alpha, not reproduced when the adjusted p in the opposite direction is, otherwise
/// inconclusive. Until <see cref="TestFamily.Adjust"/> has run the adjusted values are the raw ones (a family of one);
/// after it they are Holm-adjusted over every test verdict of the report (<see cref="FamilySize"/> tests), each
/// direction its own family, so the chance of any false "reproduced" is at most alpha, and so is the chance of any
/// false "not reproduced".
/// </summary>
/// <param name="Method">The test, e.g. "Page's L (seeds as blocks, exact)".</param>
/// <param name="Claimed">The claimed direction in words ("decreasing in learning rate").</param>
/// <param name="P">One-sided p-value in the claimed direction.</param>
/// <param name="POpposite">One-sided p-value in the opposite direction.</param>
/// <param name="Alpha">The claim's test level.</param>
public sealed record VerdictTest(string Method, string Claimed, double P, double POpposite, double Alpha)
{
    /// <summary>Holm-adjusted <see cref="P"/> over the family (the raw p before adjustment).</summary>
    public double AdjustedP { get; init; } = P;

    /// <summary>Holm-adjusted <see cref="POpposite"/> over the family of opposite-direction tests.</summary>
    public double AdjustedPOpposite { get; init; } = POpposite;

    /// <summary>How many tests the adjustment ran over (1 before <see cref="TestFamily.Adjust"/>).</summary>
    public int FamilySize { get; init; } = 1;

    public VerdictOutcome Decide() =>
        AdjustedP < Alpha ? VerdictOutcome.Reproduced
        : AdjustedPOpposite < Alpha ? VerdictOutcome.NotReproduced
        : VerdictOutcome.Inconclusive;

    /// <summary>The rule, as the report states it beside the verdict.</summary>
    public string Rule => string.Create(CultureInfo.InvariantCulture,
        $"{Method}: reproduced if Holm-adjusted p ({Claimed}) < {Alpha:G3}; not reproduced if Holm-adjusted p (opposite direction) < {Alpha:G3}");

    /// <summary>"p 0.0046, Holm 0.037 over 8 tests; opposite p 0.99, Holm 1".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"{Method}: p ({Claimed}) {P:G3}, Holm {AdjustedP:G3} over {FamilySize} test{(FamilySize == 1 ? "" : "s")}; p (opposite) {POpposite:G3}, Holm {AdjustedPOpposite:G3}");
}
