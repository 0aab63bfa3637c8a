using RegionCount.Statistics;
namespace RegionCount.Theory;

public static partial class StabilitySimulation
{
    private static StabilityResult Summarize(StabilityDesign design, double reference, List<StabilityRun> runs)
    {
        var levels = new List<StabilityLevel>();
        var groups = new List<IReadOnlyList<double>>();
        var atEnd = new List<IReadOnlyList<double>>();
        for (int k = 0; k < design.Kappas.Count; k++)
        {
            var here = runs.Where(r => r.Level == k).ToList();
            var converged = here.Where(r => r.Status == RunStatus.Converged).ToList();
            var counts = converged.Select(r => (double)r.SignChanges).ToList();
            groups.Add(counts);
            levels.Add(new StabilityLevel(
                k,
                design.Kappas[k],
                here[0].Eta,
                converged.Count,
                here.Count(r => r.Status == RunStatus.Diverged),
                here.Count(r => r.Status == RunStatus.NotConverged),
                converged.Count(r => r.Collapsed),
                Interval.Of(counts),
                Interval.Of([.. converged.Select(r => r.StabilityRatio)]),
                converged.Count == 0 ? double.NaN : converged.Max(r => r.StabilityRatio),
                converged.Count == 0 ? double.NaN : converged.Average(r => r.TrainErrors),
                Interval.Of([.. here.Where(r => r.Status != RunStatus.Diverged).Select(r => (double)r.SignChanges)]),
                Interval.Of([.. here.Where(r => r.Status != RunStatus.Diverged).Select(r => r.StabilityRatio)])));
            atEnd.Add([.. here.Where(r => r.Status != RunStatus.Diverged).Select(r => (double)r.SignChanges)]);
        }
        var nonEmpty = groups.Where(g => g.Count > 0).ToList();
        double decreasing = nonEmpty.Count < 2 ? double.NaN : Trend(nonEmpty, design, Alternative.Less);
        double increasing = nonEmpty.Count < 2 ? double.NaN : Trend(nonEmpty, design, Alternative.Greater);
        var nonEmptyAtEnd = atEnd.Where(g => g.Count > 0).ToList();
        double decreasingAtEnd = nonEmptyAtEnd.Count < 2 ? double.NaN : Trend(nonEmptyAtEnd, design, Alternative.Less);
        return new StabilityResult(design, reference, runs, levels, decreasing, increasing, decreasingAtEnd);
    }

    /// <summary>One-sided Jonckheere–Terpstra permutation p over the η levels in increasing order (the shared
    /// statistics library; Less = sign changes fall as η grows).</summary>
    private static double Trend(List<IReadOnlyList<double>> groups, StabilityDesign design, Alternative alternative) =>
        TrendTests.JonckheerePermutation(groups, design.Permutations, unchecked((int)design.DataSeed), alternative).PValue;
}
