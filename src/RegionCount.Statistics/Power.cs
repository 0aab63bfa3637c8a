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

    /// <summary>The share of <paramref name="simulations"/> samples of <paramref name="n"/> units drawn from the
    /// multivariate standard normal with correlation matrix <paramref name="correlation"/> (v = L e, L its Cholesky
    /// factor, e independent standard normals by Box–Muller from <c>new Random(seed)</c>, drawn unit by unit) for which
    /// <paramref name="holds"/> is true; <paramref name="holds"/> receives one array per variable (the matrix's order),
    /// each of length n. Monte-Carlo standard error √(P(1 − P)/simulations).</summary>
    public static double SimulateCorrelated(double[,] correlation, int n, Func<double[][], bool> holds, int simulations, int seed)
    {
        ArgumentNullException.ThrowIfNull(correlation);
        Guard.Positive(n, nameof(n));
        ArgumentNullException.ThrowIfNull(holds);
        Guard.Positive(simulations, nameof(simulations));
        var factor = Cholesky(correlation);
        int k = factor.GetLength(0);
        var random = new Random(seed);
        var held = 0;
        var e = new double[k];
        for (var sim = 0; sim < simulations; sim++)
        {
            var variables = new double[k][];
            for (var j = 0; j < k; j++)
            {
                variables[j] = new double[n];
            }

            for (var i = 0; i < n; i++)
            {
                for (var j = 0; j < k; j++)
                {
                    e[j] = StandardNormal(random);
                }

                for (var j = 0; j < k; j++)
                {
                    double v = 0;
                    for (var m = 0; m <= j; m++)
                    {
                        v += factor[j, m] * e[m];
                    }

                    variables[j][i] = v;
                }
            }

            if (holds(variables))
            {
                held++;
            }
        }

        return (double)held / simulations;
    }

    /// <summary>The lower-triangular L with L Lᵀ = <paramref name="correlation"/>: a symmetric matrix with unit diagonal,
    /// positive definite (else an exception naming the first pivot that is not positive).</summary>
    public static double[,] Cholesky(double[,] correlation)
    {
        ArgumentNullException.ThrowIfNull(correlation);
        int k = correlation.GetLength(0);
        if (k == 0 || correlation.GetLength(1) != k)
        {
            throw new ArgumentException($"correlation: must be a non-empty square matrix, got {k}×{correlation.GetLength(1)}", nameof(correlation));
        }

        var l = new double[k, k];
        for (var i = 0; i < k; i++)
        {
            if (correlation[i, i] != 1)
            {
                throw new ArgumentException($"correlation: diagonal entry {i} is {correlation[i, i]}, not 1", nameof(correlation));
            }

            for (var j = 0; j <= i; j++)
            {
                if (correlation[i, j] != correlation[j, i] || !(Math.Abs(correlation[i, j]) <= 1))
                {
                    throw new ArgumentException($"correlation: entries ({i}, {j}) and ({j}, {i}) must be equal and in [-1, 1]", nameof(correlation));
                }

                double sum = correlation[i, j];
                for (var m = 0; m < j; m++)
                {
                    sum -= l[i, m] * l[j, m];
                }

                if (i == j)
                {
                    if (!(sum > 0))
                    {
                        throw new ArgumentException($"correlation: not positive definite (pivot {i} is {sum:G3})", nameof(correlation));
                    }

                    l[i, i] = Math.Sqrt(sum);
                }
                else
                {
                    l[i, j] = sum / l[j, j];
                }
            }
        }

        return l;
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
