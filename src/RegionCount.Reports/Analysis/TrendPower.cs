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
        double sigma = ResidualSd(blocks);
        double mean = blocks.SelectMany(b => b).Average();
        var expected = levels.Select(l => mean * (1 + (axis.PaperChange * Math.Log(l / levels[0])))).ToArray();
        var alternative = axis.Increasing ? Alternative.Greater : Alternative.Less;
        var random = new Random(Seed);
        int held = 0;
        for (int sim = 0; sim < Simulations; sim++)
        {
            var simulated = new List<IReadOnlyList<double>>(blocks.Count);
            for (int b = 0; b < blocks.Count; b++)
            {
                simulated.Add(expected.Select(e => e + (sigma * Power.StandardNormal(random))).ToArray());
            }
            if (TrendTests.PageL(simulated, alternative).PValue < alpha)
            {
                held++;
            }
        }
        double power = (double)held / Simulations;
        string text = string.Create(CultureInfo.InvariantCulture,
            $"power {power:F2}: P(Page's L p < {alpha:G3} before Holm) if the paper's trend held ({axis.PaperChangeSource}; here {100 * (expected[^1] - expected[0]) / expected[0]:+0.0;−0.0} % from level {levels[0]:G4} to {levels[^1]:G4}) over {blocks.Count} blocks with our residual SD {sigma:F3}");
        return new VerdictPower(power, double.NaN, text);
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
