using System.Collections.Concurrent;
using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// What a correlation verdict could have said, beside what it said: the operating characteristics of
/// <see cref="CorrelationRule"/> itself (the same <see cref="CorrelationEvidence"/>, bootstrap and
/// <see cref="CorrelationRule.Decide"/>) at the verdict's number of configurations, simulated on
/// <see cref="Simulations"/> samples of N independent bivariate normal configurations (<see cref="Power.Simulate"/>):
/// <list type="bullet">
/// <item><see cref="Reproduced"/>: P(reproduced) if the true correlation were <see cref="PaperCorrelation"/>, the median
/// of the paper's CIFAR-10 correlations (C1 and C2 over nine networks: 0.938–0.984, median 0.980);</item>
/// <item><see cref="NotReproducedAtZero"/>: P(not reproduced) if there were no association (ρ = 0).</item>
/// </list>
/// A low first value means the design could not have reproduced even the paper's effect; a low second one that a
/// "not reproduced" was out of its reach. ρ is the correlation of the simulated normal pairs also for a Spearman
/// verdict (their Spearman correlation is then (6/π) asin(ρ/2) = 0.978). Configurations are treated as independent normal pairs: seed noise inside a
/// configuration's mean and the shape of the real scatter are not modelled.
/// </summary>
public sealed record CorrelationPower(int N, double Reproduced, double NotReproducedAtZero)
{
    private bool Rank { get; init; }

    private double Threshold { get; init; }

    private int Minimum { get; init; }

    /// <summary>The alternative: the median of the paper's C1/C2 Pearson correlations on CIFAR-10.</summary>
    public const double PaperCorrelation = 0.98;

    /// <summary>Samples per probability: Monte-Carlo standard error at most √(0.25/400) = 0.025.</summary>
    public const int Simulations = 400;

    public const int Seed = 20250513;

    private static readonly ConcurrentDictionary<(int N, bool Rank, double Threshold, int Minimum), CorrelationPower> Cache = new();

    /// <summary>The rule's power at N configurations (cached per N, coefficient, threshold and minimum); null below the
    /// minimum, where the rule says "too few configurations" whatever the data.</summary>
    public static CorrelationPower? Of(int n, bool rank, double threshold, int minimum)
    {
        if (n < minimum || n < 3)
        {
            return null;
        }
        return Cache.GetOrAdd((n, rank, threshold, minimum), key => new CorrelationPower(key.N,
            Rate(PaperCorrelation, key, VerdictOutcome.Reproduced),
            Rate(0, key, VerdictOutcome.NotReproduced))
        { Rank = key.Rank, Threshold = key.Threshold, Minimum = key.Minimum });
    }

    /// <summary>The numbers of configurations searched for <see cref="Needed"/>: up to 81, three seeds of the paper's
    /// 27-configuration grid as separate configurations.</summary>
    public static IReadOnlyList<int> Ladder { get; } = [8, 9, 10, 12, 14, 16, 20, 24, 27, 32, 40, 54, 81];

    /// <summary>The smallest N of <see cref="Ladder"/> (at or above the minimum) at which the rule says reproduced with
    /// probability ≥ <see cref="VerdictPower.Target"/> if ρ = <see cref="PaperCorrelation"/>; null if none up to 81.</summary>
    public static int? Needed(bool rank, double threshold, int minimum) =>
        Ladder.Where(n => n >= minimum && n >= 3).Cast<int?>().FirstOrDefault(n =>
            (Cache.TryGetValue((n!.Value, rank, threshold, minimum), out var known) ? known.Reproduced
                : ReproducedRates.GetOrAdd((n.Value, rank, threshold, minimum), key => Rate(PaperCorrelation, key, VerdictOutcome.Reproduced)))
            >= VerdictPower.Target);

    private static readonly ConcurrentDictionary<(int N, bool Rank, double Threshold, int Minimum), double> ReproducedRates = new();

    /// <summary>What a correlation verdict at N configurations carries: the power at N with the N needed for 80 %, or,
    /// below the minimum (where the rule says "too few configurations"), only the N needed.</summary>
    public static VerdictPower ForVerdict(int n, bool rank, double threshold, int minimum) =>
        Of(n, rank, threshold, minimum)?.ForVerdict()
        ?? new VerdictPower(double.NaN, double.NaN, string.Create(CultureInfo.InvariantCulture,
            $"no power at N = {n} (below the minimum of {minimum}); 80 % power needs {NeededText(rank, threshold, minimum)}"))
        { Needed = NeededText(rank, threshold, minimum) };

    /// <summary>As the verdict carries it, with the N the rule would need for 80 % power.</summary>
    public VerdictPower ForVerdict() => new(Reproduced, NotReproducedAtZero, Describe()) { Needed = NeededText(Rank, Threshold, Minimum) };

    /// <summary>"12 configurations", or "> 81 configurations".</summary>
    public static string NeededText(bool rank, double threshold, int minimum) =>
        Needed(rank, threshold, minimum) is int n ? string.Create(CultureInfo.InvariantCulture, $"{n} configurations")
            : string.Create(CultureInfo.InvariantCulture, $"> {Ladder[^1]} configurations");

    /// <summary>"power at N = 12: P(reproduced | ρ = 0.98) 0.93, P(not reproduced | ρ = 0) 0.99".</summary>
    public string Describe() => string.Create(CultureInfo.InvariantCulture,
        $"power at N = {N}: P(reproduced | ρ = {PaperCorrelation:F2}) {Reproduced:F2}, P(not reproduced | ρ = 0) {NotReproducedAtZero:F2}");

    private static double Rate(double rho, (int N, bool Rank, double Threshold, int Minimum) key, VerdictOutcome outcome) =>
        Power.Simulate(rho, key.N, (x, y) =>
            CorrelationRule.Decide(CorrelationEvidence.Of(x, y, key.Rank, key.Minimum, withPValue: false), key.Threshold, key.Minimum).Outcome == outcome,
            Simulations, Seed);
}
