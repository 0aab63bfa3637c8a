using System.Globalization;

namespace RegionCount.Statistics;

/// <summary>The result of one statistical procedure, small enough for one row of a verdict table.</summary>
/// <param name="Method">What was computed, e.g. "Pearson r (t, n-2 df; Fisher-z CI)".</param>
/// <param name="Estimate">The effect: r, ρ, τ-b, mean difference, the Jonckheere J, a mean.</param>
/// <param name="Statistic">The test statistic behind <paramref name="PValue"/> (t or z), NaN when there is none.</param>
/// <param name="PValue">The p-value for <paramref name="Alternative"/>, NaN when there is none.</param>
/// <param name="Interval">A confidence interval of <paramref name="Estimate"/>, if the method gives one.</param>
/// <param name="N">The number of observations (pairs, values) used.</param>
/// <param name="Alternative">The alternative hypothesis <paramref name="PValue"/> refers to.</param>
public sealed record StatResult(
    string Method,
    double Estimate,
    double Statistic,
    double PValue,
    Interval? Interval,
    int N,
    Alternative Alternative)
{
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"{Method}: estimate {Estimate:0.####}, statistic {Statistic:0.####}, p {PValue:0.####e+0}, N {N}, {Alternative}{(Interval is null ? "" : ", CI " + Interval)}");
}
