using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// The power of a C3/C4 trend verdict at its design: the chance that Page's L, one-sided in the claimed direction,
/// falls below alpha (before the report's Holm adjustment, which can only lower it) if the paper's trend were true, on
/// the same levels and number of complete blocks, with the noise our own runs show. Simulated on
/// <see cref="Simulations"/> designs: value(block b, level l) = m·(1 + c·ln(l / l₀)) + σ·e, with m the mean of the tested
/// values, l₀ the lowest level, c the paper's relative change per unit of ln(level) (<see cref="TrendAxis.PaperChange"/>)
/// and σ the residual standard deviation of an additive block + level fit to our complete blocks (block effects do not
/// matter to a within-block rank test, so they are left out). Assumes the paper's change is linear in ln(level) and the
/// noise normal and equal at every level.
/// </summary>
public static class TrendPower
{
    public const int Simulations = 400;
    public const int Seed = 20250514;

    /// <returns>Null when the test was not run.</returns>
    public static VerdictPower? Of(BlockedTrend trend, TrendAxis axis, double alpha)
    {
        ArgumentNullException.ThrowIfNull(trend);
        ArgumentNullException.ThrowIfNull(axis);
        var blocks = trend.CompleteBlocks;
        if (trend.Claimed is null || blocks.Count == 0)
        {
            return null;
        }
        var levels = trend.Levels;
        var (expected, sigma) = Design(trend, axis);
        var alternative = axis.Increasing ? Alternative.Greater : Alternative.Less;
        double power = Simulate(expected, sigma, blocks.Count, alternative, alpha);
        int? needed = BlockLadder.Cast<int?>().FirstOrDefault(b => Simulate(expected, sigma, b!.Value, alternative, alpha) >= VerdictPower.Target);
        string text = string.Create(CultureInfo.InvariantCulture,
            $"power {power:F2}: P(Page's L p < {alpha:G3} before Holm) if the paper's trend held ({axis.PaperChangeSource}; here {100 * (expected[^1] - expected[0]) / expected[0]:+0.0;−0.0} % from level {levels[0]:G4} to {levels[^1]:G4}) over {blocks.Count} blocks with our residual SD {sigma:F3}");
        return new VerdictPower(power, double.NaN, text)
        {
            Needed = needed is int b ? string.Create(CultureInfo.InvariantCulture, $"{b} blocks") : string.Create(CultureInfo.InvariantCulture, $"> {BlockLadder[^1]} blocks"),
        };
    }

    /// <summary>P(Page's L p &lt; alpha) on <paramref name="blocks"/> simulated blocks shaped like <paramref name="trend"/>'s
    /// (what <see cref="Of"/> computes at its own block count and along <see cref="BlockLadder"/>).</summary>
    internal static double PowerAt(BlockedTrend trend, TrendAxis axis, double alpha, int blocks)
    {
        var (expected, sigma) = Design(trend, axis);
        return Simulate(expected, sigma, blocks, axis.Increasing ? Alternative.Greater : Alternative.Less, alpha);
    }

    private static (double[] Expected, double Sigma) Design(BlockedTrend trend, TrendAxis axis)
    {
        var blocks = trend.CompleteBlocks;
        var levels = trend.Levels;
        double mean = blocks.SelectMany(b => b).Average();
        return (levels.Select(l => mean * (1 + (axis.PaperChange * Math.Log(l / levels[0])))).ToArray(), ResidualSd(blocks));
    }

    /// <summary>The numbers of complete blocks searched for the size that reaches 80 % power (up to 81: 27
    /// configurations × 3 seeds).</summary>
    public static IReadOnlyList<int> BlockLadder { get; } = [2, 3, 4, 5, 6, 8, 10, 12, 16, 20, 27, 36, 54, 81];

    /// <summary>P(Page's L p &lt; alpha) over <see cref="Simulations"/> designs of <paramref name="blocks"/> blocks.</summary>
    private static double Simulate(double[] expected, double sigma, int blocks, Alternative alternative, double alpha)
    {
        var random = new Random(Seed);
        int held = 0;
        for (int sim = 0; sim < Simulations; sim++)
        {
            var simulated = new List<IReadOnlyList<double>>(blocks);
            for (int b = 0; b < blocks; b++)
            {
                simulated.Add(expected.Select(e => e + (sigma * Power.StandardNormal(random))).ToArray());
            }
            if (TrendTests.PageL(simulated, alternative).PValue < alpha)
            {
                held++;
            }
        }
        return (double)held / Simulations;
    }

    /// <summary>√(Σ (y_bl − ȳ_b − ȳ_l + ȳ)² / ((B − 1)(K − 1))); 0 with one block.</summary>
    internal static double ResidualSd(IReadOnlyList<IReadOnlyList<double>> blocks)
    {
        int n = blocks.Count, k = blocks[0].Count;
        if (n < 2 || k < 2)
        {
            return 0;
        }
        double grand = blocks.SelectMany(b => b).Average();
        var blockMeans = blocks.Select(b => b.Average()).ToArray();
        var levelMeans = Enumerable.Range(0, k).Select(j => blocks.Average(b => b[j])).ToArray();
        double sum = 0;
        for (int b = 0; b < n; b++)
        {
            for (int j = 0; j < k; j++)
            {
                double r = blocks[b][j] - blockMeans[b] - levelMeans[j] + grand;
                sum += r * r;
            }
        }
        return Math.Sqrt(sum / ((n - 1) * (k - 1)));
    }
}
