using System.Globalization;

namespace RegionCount.Reports.Analysis;

/// <summary>
/// Views of claim runs for the analyses that group or count differently from C1: the row label ("model") carries
/// the extra grouping, and the segment count is replaced by the one the claim is about. Runs are records; the
/// views are copies.
/// </summary>
public static class ClaimRunViews
{
    /// <summary>C11: one group per network and optimizer ("mlp / adam").</summary>
    public static IReadOnlyList<ClaimRun> ByOptimizer(IEnumerable<ClaimRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Select(r => r with { Model = $"{r.Model} / {r.Optimizer}" }).ToList();
    }

    /// <summary>C15: one group per network, learning rate and batch size ("resnet18, lr 0.1, bs 256"): a slice of a
    /// weight-decay sweep, everything but the weight decay fixed.</summary>
    public static IReadOnlyList<ClaimRun> ByLearningRateAndBatch(IEnumerable<ClaimRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Select(r => r with { Model = string.Create(CultureInfo.InvariantCulture, $"{r.Model}, lr {r.LearningRate:G4}, bs {r.BatchSize}") }).ToList();
    }

    /// <summary>C19: one group per network and learning rate ("resnet18, lr 0.5").</summary>
    public static IReadOnlyList<ClaimRun> ByLearningRate(IEnumerable<ClaimRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs.Select(r => r with { Model = string.Create(CultureInfo.InvariantCulture, $"{r.Model}, lr {r.LearningRate:G4}") }).ToList();
    }

    /// <summary>
    /// C18: each run's segment count at an early epoch in place of its final count, the row label naming the epoch
    /// ("mlp, epoch 125 of 250", the second number the last measured epoch). The epoch is <paramref name="epoch"/> if given, else the first measured epoch after
    /// initialization of the network's runs. A run without a count at that epoch keeps no segment count, so the
    /// analysis leaves it out (and counts it as not completed when it did not complete).
    /// </summary>
    public static IReadOnlyList<ClaimRun> AtEarlyEpoch(IEnumerable<ClaimRun> runs, int? epoch)
    {
        ArgumentNullException.ThrowIfNull(runs);
        var list = runs.ToList();
        var views = new List<ClaimRun>(list.Count);
        foreach (var group in list.GroupBy(r => r.Model, StringComparer.Ordinal))
        {
            var measured = group.SelectMany(r => r.CountsByEpoch).Select(c => c.Epoch).Where(e => e > 0).Distinct().Order().ToList();
            int? chosen = epoch ?? (measured.Count > 0 ? measured[0] : null);
            int last = measured.Count > 0 ? measured[^1] : 0;
            foreach (var r in group)
            {
                var counts = new Dictionary<string, double>(StringComparer.Ordinal);
                var at = r.CountsByEpoch.Where(c => c.Epoch == chosen).ToList();
                if (at.Count > 0)
                {
                    counts[ClaimRun.Segment] = at[0].Count;
                }
                var label = chosen is { } e ? string.Create(CultureInfo.InvariantCulture, $"{r.Model}, epoch {e} of {last}") : $"{r.Model}, no early epoch";
                views.Add(r with { Model = label, FinalCounts = counts, CountIntervals = new Dictionary<string, (double, double)>() });
            }
        }
        return views;
    }
}
