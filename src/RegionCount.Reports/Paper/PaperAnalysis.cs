using RegionCount.Statistics;

namespace RegionCount.Reports.Paper;

/// <summary>The authors' aggregation and the correlations the claims quote, computed from <see cref="PaperReference"/>.</summary>
public static class PaperAnalysis
{
    /// <summary>Groups runs by (weight_decay, lr, batch_size, subspace_dim) and averages every column over seeds.
    /// Groups come out ordered by subspace_dim, weight_decay, lr, batch_size.</summary>
    public static IReadOnlyList<PaperGroup> Aggregate(IEnumerable<PaperRun> runs)
    {
        ArgumentNullException.ThrowIfNull(runs);
        return runs
            .GroupBy(r => (r.SubspaceDim, r.WeightDecay, r.Lr, r.BatchSize))
            .OrderBy(g => g.Key.SubspaceDim).ThenBy(g => g.Key.WeightDecay).ThenBy(g => g.Key.Lr).ThenBy(g => g.Key.BatchSize)
            .Select(g => new PaperGroup(
                g.Key.WeightDecay,
                g.Key.Lr,
                g.Key.BatchSize,
                g.Key.SubspaceDim,
                g.Count(),
                Enumerable.Range(0, PaperRun.Epochs.Count).Select(e => g.Average(r => r.RegionCounts[e])).ToArray(),
                g.Average(r => r.TrainAcc),
                g.Average(r => r.TestAcc)))
            .ToArray();
    }

    /// <summary>The seed-mean final region count of each (lr, batch, weight decay) configuration of <paramref name="runs"/>
    /// (one subspace dimension: the configurations are the keys).</summary>
    public static IReadOnlyDictionary<(double Lr, int BatchSize, double WeightDecay), double> FinalCountByConfiguration(IEnumerable<PaperRun> runs) =>
        Aggregate(runs).ToDictionary(g => (g.Lr, g.BatchSize, g.WeightDecay), g => g.MeanFinalRegionCount);

    /// <summary>Pearson r of the group-mean final region count against <paramref name="y"/> over the groups.</summary>
    public static StatResult Correlate(IReadOnlyList<PaperGroup> groups, Func<PaperGroup, double> y)
    {
        ArgumentNullException.ThrowIfNull(groups);
        ArgumentNullException.ThrowIfNull(y);
        return Correlation.Pearson(groups.Select(g => g.MeanFinalRegionCount).ToArray(), groups.Select(y).ToArray());
    }

    /// <summary>C1/C2: r of seed-mean rc_epoch_200 vs seed-mean (train − test) over the CIFAR-10 grid of <paramref name="net"/>.</summary>
    public static StatResult GridCorrelation(string net) => Correlate(Aggregate(PaperReference.Grid(net)), g => g.MeanGap);

    /// <summary>C9: r of the seed-mean final count vs seed-mean test accuracy over the CIFAR-100 grid (CLAIMS.md
    /// quotes r against test accuracy, not the gap, for CIFAR-100).</summary>
    public static StatResult Cifar100Correlation(string net) => Correlate(Aggregate(PaperReference.Cifar100Grid(net)), g => g.MeanTestAcc);

    /// <summary>C18: r of the seed-mean count at <paramref name="epoch"/> (a multiple of 10) vs the seed-mean final
    /// 100 − test accuracy over the CIFAR-100 grid of <paramref name="net"/>.</summary>
    public static StatResult EarlyEpochCorrelation(string net, int epoch)
    {
        var index = PaperRun.Epochs.ToList().IndexOf(epoch);
        if (index < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(epoch), epoch, "epoch: the reference files hold counts at 0, 10, …, 200 only");
        }
        var groups = Aggregate(PaperReference.Cifar100Grid(net));
        return Correlation.Pearson(groups.Select(g => g.MeanRegionCounts[index]).ToArray(), groups.Select(g => g.MeanTestError).ToArray());
    }

    /// <summary>C10: per subspace dimension k, r of the final k-D count vs (train − test).</summary>
    public static IReadOnlyDictionary<int, StatResult> DimensionCorrelations(string net) =>
        Aggregate(PaperReference.Dimension(net))
            .GroupBy(g => g.SubspaceDim ?? 1)
            .OrderBy(g => g.Key)
            .ToDictionary(g => g.Key, g => Correlate(g.ToArray(), x => x.MeanGap));

    /// <summary>C6: r of each parameter-dependent measure vs 100 − test accuracy (one run per configuration).</summary>
    public static IReadOnlyDictionary<string, StatResult> ParamMeasureCorrelations()
    {
        var runs = PaperReference.ParamMeasures();
        var error = runs.Select(r => r.TestError).ToArray();
        return new Dictionary<string, StatResult>(StringComparer.Ordinal)
        {
            ["distance_from_init"] = Correlation.Pearson(runs.Select(r => r.DistanceFromInit).ToArray(), error),
            ["margin"] = Correlation.Pearson(runs.Select(r => r.Margin).ToArray(), error),
            ["normalized_margin"] = Correlation.Pearson(runs.Select(r => r.NormalizedMargin).ToArray(), error),
        };
    }

    /// <summary>C14: r of the seed-mean final count vs seed-mean (100 − test) for the augmentation runs.</summary>
    public static StatResult AugmentationCorrelation() => Correlate(Aggregate(PaperReference.Augmentation()), g => g.MeanTestError);

    /// <summary>C14: as <see cref="AugmentationCorrelation"/> for the mixup runs (their train accuracy is on mixed labels).</summary>
    public static StatResult MixupCorrelation() => Correlate(Aggregate(PaperReference.Mixup()), g => g.MeanTestError);

    /// <summary>The mean over groups of the seed-mean final region count.</summary>
    public static double MeanFinalRegionCount(IReadOnlyList<PaperGroup> groups)
    {
        ArgumentNullException.ThrowIfNull(groups);
        return groups.Count > 0
            ? groups.Average(g => g.MeanFinalRegionCount)
            : throw new ArgumentException("groups: empty; nothing to average", nameof(groups));
    }

    /// <summary>The learning rate the authors' ViT correlation leaves out (their corr.py: data[data[:, 3] != 1e-3]).</summary>
    public const double VitExcludedLearningRate = 1e-3;

    /// <summary>C17: Pearson r of the seed-mean region count vs the seed-mean gap over the authors' ViT configurations, as
    /// their ViT-CIFAR-main/corr.py computes it (grouped by lr, batch and weight decay, every column averaged): without lr
    /// 1e-3 (27 configurations, the value they report), or with it (36).</summary>
    public static (StatResult R, int Configurations) VitCorrelation(bool withExcludedLearningRate)
    {
        var groups = PaperReference.Vit()
            .Where(r => withExcludedLearningRate || r.Lr != VitExcludedLearningRate)
            .GroupBy(r => (r.Lr, r.BatchSize, r.WeightDecay))
            .OrderBy(g => g.Key.Lr).ThenBy(g => g.Key.BatchSize).ThenBy(g => g.Key.WeightDecay)
            .Select(g => (Count: g.Average(r => r.RegionCount), Gap: g.Average(r => r.Gap)))
            .ToList();
        return (Correlation.Pearson(groups.Select(g => g.Count).ToArray(), groups.Select(g => g.Gap).ToArray()), groups.Count);
    }

    /// <summary>C16: Pearson r of the region count vs (train − test) · 100 over the authors' fitted models of one family
    /// (<see cref="PaperReference.Classifiers"/>), as their tasks/ml/ml_corr.py computes it: every row, no averaging.</summary>
    public static StatResult ClassifierCorrelation(string model)
    {
        var runs = PaperReference.Classifiers().Where(r => r.Model == model).ToList();
        return runs.Count > 0
            ? Correlation.Pearson(runs.Select(r => r.RegionCount).ToArray(), runs.Select(r => r.Gap).ToArray())
            : throw new ArgumentException($"model: no classifier rows for '{model}'", nameof(model));
    }
}
