namespace RegionCount.Statistics;

/// <summary>Monte-Carlo operating characteristics of decision rules on bivariate normal samples (<see cref="Simulate"/>),
/// and the power of the planning rule "Pearson r ≥ threshold and the lower end of the two-sided 95 % Fisher-z interval of
/// r above 0" (the interval of <see cref="Correlation.Pearson"/>). The report's verdicts use a bootstrap interval instead;
/// their power is simulated with that rule itself (RegionCount.Reports' CorrelationPower).</summary>
public static class Power
{
    /// <summary>The probability that the verdict rule holds for <paramref name="n"/> configurations whose true
    /// correlation is <paramref name="rhoTrue"/>: the share of <paramref name="simulations"/> samples of n bivariate
    /// normal pairs (x, y = ρx + √(1 − ρ²) e, x and e independent standard normals by Box–Muller from
    /// <c>new Random(seed)</c>) in which the rule holds. Monte-Carlo standard error √(P(1 − P)/simulations).
    /// Where the interval condition is implied by r ≥ threshold (threshold &gt; tanh(1.96/√(n − 3))), Fisher's z gives
    /// the approximation P ≈ 1 − Φ((atanh threshold − atanh ρ) √(n − 3)).</summary>
    public static double CorrelationReproduced(double rhoTrue, int n, double threshold, int simulations, int seed)
    {
        CheckCorrelation(threshold, nameof(threshold));
        CheckN(n, nameof(n));
        return Simulate(rhoTrue, n, (x, y) =>
        {
            var r = Correlation.PearsonCoefficient(x, y);
            return r >= threshold && Correlation.FisherInterval(r, n, Alternative.TwoSided, 0.95).Lower > 0;
        }, simulations, seed);
    }

    /// <summary>The share of <paramref name="simulations"/> samples of <paramref name="n"/> bivariate normal pairs with
    /// correlation <paramref name="rhoTrue"/> (x, y = ρx + √(1 − ρ²) e, x and e independent standard normals by
    /// Box–Muller from <c>new Random(seed)</c>, drawn x₁, e₁, x₂, e₂, …) for which <paramref name="holds"/> is true:
    /// the operating characteristic of any decision rule on such samples. Monte-Carlo standard error
    /// √(P(1 − P)/simulations).</summary>
    public static double Simulate(double rhoTrue, int n, Func<double[], double[], bool> holds, int simulations, int seed)
    {
        CheckCorrelation(rhoTrue, nameof(rhoTrue));
        Guard.Positive(n, nameof(n));
        ArgumentNullException.ThrowIfNull(holds);
        Guard.Positive(simulations, nameof(simulations));
        var random = new Random(seed);
        var noise = Math.Sqrt(1 - (rhoTrue * rhoTrue));
        var held = 0;
        for (var sim = 0; sim < simulations; sim++)
        {
            var x = new double[n];
            var y = new double[n];
            for (var i = 0; i < n; i++)
            {
                x[i] = StandardNormal(random);
                y[i] = (rhoTrue * x[i]) + (noise * StandardNormal(random));
            }

            if (holds(x, y))
            {
                held++;
            }
        }

        return (double)held / simulations;
    }

    /// <summary>The smallest n in 4..<paramref name="maxN"/> whose <see cref="CorrelationReproduced"/> power reaches
    /// <paramref name="targetPower"/>, or null if none does. Every n is simulated with the same seed (common random
    /// numbers), so the power is close to monotone in n; the scan is linear, costing about
    /// simulations · maxN² / 2 normal draws at worst.</summary>
    public static int? RequiredN(double rhoTrue, double threshold, double targetPower, int seed, int maxN, int simulations = 10_000)
    {
        CheckCorrelation(rhoTrue, nameof(rhoTrue));
        CheckCorrelation(threshold, nameof(threshold));
        Guard.Probability(targetPower, nameof(targetPower));
        CheckN(maxN, nameof(maxN));
        Guard.Positive(simulations, nameof(simulations));
        for (var n = 4; n <= maxN; n++)
        {
            if (CorrelationReproduced(rhoTrue, n, threshold, simulations, seed) >= targetPower)
            {
                return n;
            }
        }

        return null;
    }

    /// <summary>A standard normal by Box–Muller (cosine branch; 1 − U keeps the logarithm finite).</summary>
    public static double StandardNormal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static void CheckCorrelation(double value, string name)
    {
        if (!(value >= -1 && value <= 1))
        {
            throw new ArgumentOutOfRangeException(name, value, $"{name}: must be in [-1, 1], got {value}");
        }
    }

    private static void CheckN(int n, string name)
    {
        if (n < 4)
        {
            throw new ArgumentOutOfRangeException(name, n, $"{name}: the Fisher-z interval needs at least 4 configurations, got {n}");
        }
    }
}
