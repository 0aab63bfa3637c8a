using System.Globalization;
using RegionCount.Reports.Claims;
using RegionCount.Reports.Tables;
using RegionCount.Statistics;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// A monotone trend over ordered levels tested with Page's L (<see cref="TrendTests.PageL"/>), observations grouped in
/// blocks: the runs that share every setting but the level, and the seed. A seed fixes the initialization, the data
/// order and the probes at every level, so runs of one seed are not independent across levels; ranking within each
/// block removes the block's own level (Jonckheere–Terpstra would treat every run as independent). Only complete
/// blocks enter (one observation at every level of the data); the others are counted. The test is not run when the
/// smallest p it can attain, 1/(K!)ⁿ for n blocks of K levels, is not below alpha: such a design cannot show a trend.
/// </summary>
/// <param name="Levels">Every level of the data, increasing.</param>
/// <param name="Blocks">Complete blocks tested.</param>
/// <param name="IncompleteBlocks">Blocks left out for lacking a level.</param>
/// <param name="Claimed">Page's L, one-sided in the claimed direction (null when not run).</param>
/// <param name="Opposite">Page's L, one-sided in the opposite direction.</param>
/// <param name="Problem">Why the test was not run, or null.</param>
public sealed record BlockedTrend(IReadOnlyList<double> Levels, int Blocks, int IncompleteBlocks, StatResult? Claimed, StatResult? Opposite, string? Problem)
{
    /// <param name="observations">One per run: its block, its level and the value whose trend is tested.</param>
    /// <param name="increasing">The claimed direction: values increase with the level.</param>
    /// <param name="blockName">What a block is, for the rule text ("seeds as blocks").</param>
    public static BlockedTrend Of<TBlock>(IEnumerable<(TBlock Block, double Level, double Value)> observations, bool increasing, double alpha,
        string blockName = "seeds as blocks")
        where TBlock : notnull
    {
        ArgumentNullException.ThrowIfNull(observations);
        var list = observations.ToList();
        var levels = list.Select(o => o.Level).Distinct().Order().ToList();
        var groups = list.GroupBy(o => o.Block).ToList();
        var complete = groups
            .Where(g => g.Count() == levels.Count && g.Select(o => o.Level).Distinct().Count() == levels.Count)
            .Select(g => (IReadOnlyList<double>)g.OrderBy(o => o.Level).Select(o => o.Value).ToList())
            .ToList();
        int incomplete = groups.Count - complete.Count;
        string? problem = null;
        if (levels.Count < 2)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"{levels.Count} level(s): no trend to test");
        }
        else if (complete.Count == 0)
        {
            problem = string.Create(CultureInfo.InvariantCulture, $"none of the {groups.Count} blocks (seeds) holds every one of the {levels.Count} levels");
        }
        else if (MinimumP(levels.Count, complete.Count) is var min && min >= alpha)
        {
            problem = string.Create(CultureInfo.InvariantCulture,
                $"too few blocks ({complete.Count} of {levels.Count} levels): the smallest p Page's L can attain is {min:G3}, not below {alpha:G3}");
        }
        else if (complete.All(b => b.Distinct().Count() == 1))
        {
            problem = "every block is constant over the levels";
        }
        if (problem is not null)
        {
            return new BlockedTrend(levels, complete.Count, incomplete, null, null, problem) { BlockName = blockName };
        }
        var claimed = increasing ? Alternative.Greater : Alternative.Less;
        var opposite = increasing ? Alternative.Less : Alternative.Greater;
        return new BlockedTrend(levels, complete.Count, incomplete, TrendTests.PageL(complete, claimed), TrendTests.PageL(complete, opposite), null)
        {
            BlockName = blockName,
            CompleteBlocks = complete,
        };
    }

    /// <summary>1/(K!)ⁿ: the exact test's smallest attainable one-sided p without ties.</summary>
    public static double MinimumP(int levels, int blocks)
    {
        double factorial = 1;
        for (int i = 2; i <= levels; i++)
        {
            factorial *= i;
        }
        return Math.Pow(factorial, -blocks);
    }

    /// <summary>The values of the complete blocks tested, each in level order (empty when the test was not run).</summary>
    public IReadOnlyList<IReadOnlyList<double>> CompleteBlocks { get; init; } = [];

    /// <summary>What a block is ("seeds as blocks").</summary>
    public string BlockName { get; init; } = "seeds as blocks";

    /// <summary>The test's name for the rule text: "Page's L (seeds as blocks, exact)".</summary>
    public string Method => Claimed is null ? $"Page's L ({BlockName})"
        : Claimed.Method.Contains("exact", StringComparison.Ordinal) ? $"Page's L ({BlockName}, exact)" : $"Page's L ({BlockName}, normal approx.)";

    /// <summary>The verdict test, or null when the test was not run.</summary>
    public VerdictTest? Test(string claimedDirection, double alpha) =>
        Claimed is null || Opposite is null ? null : new VerdictTest(Method, claimedDirection, Claimed.PValue, Opposite.PValue, alpha);

    /// <summary>The trend's verdict: a test verdict (<see cref="Verdict.FromTest"/>), or inconclusive when a planned
    /// run is missing or the test could not be run (the reason first in the evidence).</summary>
    /// <param name="context">What the evidence adds after the test (means, run counts).</param>
    /// <param name="power">The trend's power at this design, shown beside the verdict (null: none).</param>
    public Verdict Judge(string claimId, string subject, string claimedDirection, double alpha, int completed, int planned, string context,
        VerdictPower? power = null)
    {
        const string Statistic = "Page's L p (claimed direction)";
        var test = Test(claimedDirection, alpha);
        if (completed < planned || test is null)
        {
            return Verdict.Undecided(claimId, subject, Statistic, Blocks,
                new VerdictTest(Method, claimedDirection, double.NaN, double.NaN, alpha).Rule,
                completed < planned ? $"runs missing or failed; {context}" : $"{Problem}; {context}");
        }
        return Verdict.FromTest(claimId, subject, Statistic, test.P, double.NaN, double.NaN, Blocks,
            power is null ? $"{Describe()}; {context}" : $"{Describe()}; {context}; {power.Description}", test) with { Power = power };
    }

    /// <summary>The columns every trend table shows (after its model column).</summary>
    public static IReadOnlyList<MetricColumn> TableColumns(string claimed) =>
    [
        Columns.Count("levels", "levels"),
        Columns.Count("blocks", "blocks", "complete blocks tested: runs sharing every setting but the level, and the seed"),
        Columns.Count("incomplete", "incomplete blocks", "blocks left out for lacking a level"),
        new MetricColumn("l", "Page's L", Decimals: 1),
        new MetricColumn("z", "z", Decimals: 2, Legend: "(L − E L)/√Var L under no trend"),
        Columns.PValue("p", $"p ({claimed})", "one-sided Page's L test (exact when (K!)ⁿ ≤ 2,000,000, else the normal approximation); raw, before the report's Holm adjustment"),
        Columns.PValue("p_other", "p (opposite)"),
    ];

    /// <summary>The cells of <see cref="TableColumns"/>.</summary>
    public object?[] Cells() =>
        [Levels.Count, Blocks, IncompleteBlocks, Claimed?.Estimate, Claimed?.Statistic, Claimed?.PValue, Opposite?.PValue];

    /// <summary>"Page's L 36.0 (z 2.12) over 3 blocks of 4 levels (1 incomplete block left out)".</summary>
    public string Describe() => Claimed is null
        ? Problem ?? ""
        : string.Create(CultureInfo.InvariantCulture,
            $"Page's L {Claimed.Estimate:F1} (z {Claimed.Statistic:F2}) over {Blocks} blocks of {Levels.Count} levels{(IncompleteBlocks > 0 ? $" ({IncompleteBlocks} incomplete blocks left out)" : "")}");
}
