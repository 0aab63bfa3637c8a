namespace RegionCount.Experiments;

public static partial class DryProfile
{
    /// <summary>The dry copy of one experiment, or null for a study kind without a rule.</summary>
    private static ExperimentSpec? Experiment(ExperimentSpec e, SweptAxis swept)
    {
        if (swept == SweptAxis.Study)
        {
            return e.Study is { } study && Study(study) is { } dry
                ? e with { Study = dry, Seeds = First(e.Seeds), Probes = e.Probes?.Select(Probe).ToList() }
                : null;
        }
        int? paperEpochs = e.Grid?.Epochs;
        return e with
        {
            Grid = e.Grid is { } g ? Grid(g, swept) : null,
            Seeds = First(e.Seeds),
            MeasurementEpochs = e.MeasurementEpochs?.Select(m => paperEpochs is int from ? MapEpoch(m, from) : m).Distinct().Order().ToList(),
            Probes = e.Probes?.Select(Probe).ToList(),
        };
    }

    private static HyperparameterGrid Grid(HyperparameterGrid g, SweptAxis swept) => g with
    {
        LearningRates = swept == SweptAxis.LearningRate ? Extremes(g.LearningRates) : First(g.LearningRates),
        BatchSizes = swept == SweptAxis.BatchSize ? Extremes(g.BatchSizes) : First(g.BatchSizes),
        WeightDecays = swept == SweptAxis.WeightDecay ? Extremes(g.WeightDecays) : First(g.WeightDecays),
        Epochs = g.Epochs is null ? null : Sizes.Epochs,
        WarmupEpochs = g.WarmupEpochs is int warmup && g.Epochs is int from ? MapWarmup(warmup, from) : g.WarmupEpochs,
    };

    /// <summary>A warmup of <paramref name="warmup"/> of <paramref name="from"/> epochs, on the same fraction of the
    /// shortened training rounded down: it stays shorter than the training (as the validator requires), and at one epoch it
    /// is 0, so the one epoch trains at the initial rate (the paper's warmup-cosine trains its first epoch at 0, which in a
    /// one-epoch run would leave the network untrained).</summary>
    internal static int MapWarmup(int warmup, int from) =>
        from <= 0 ? 0 : Math.Clamp((int)Math.Floor((double)warmup * Sizes.Epochs / from), 0, Sizes.Epochs - 1);

    private static ProbeSpec Probe(ProbeSpec p) => p with
    {
        Count = p.Count is int count ? Math.Min(count, Sizes.ProbeCount) : Sizes.ProbeCount,
        Resolution = p.Kind switch
        {
            ProbeKind.Simplex => Math.Min(p.Resolution ?? Sizes.SimplexResolution, Sizes.SimplexResolution),
            ProbeKind.Plane => Math.Min(p.Resolution ?? Sizes.PlaneResolution, Sizes.PlaneResolution),
            _ => Math.Min(p.Resolution ?? Sizes.LineResolution, Sizes.LineResolution),
        },
    };

    private static StudySpec? Study(StudySpec s) => s.Kind switch
    {
        StudyKind.Stability => s with
        {
            Seeds = s.Seeds?.Take(Sizes.StabilitySeeds).ToList(),
            MaxSteps = s.MaxSteps is int steps ? Math.Min(steps, Sizes.StabilitySteps) : null,
            GradientTolerance = s.GradientTolerance is double tolerance ? Math.Max(tolerance, Sizes.StabilityGradientTolerance) : null,
            Permutations = s.Permutations is int permutations ? Math.Min(permutations, Sizes.Permutations) : null,
        },
        StudyKind.Toy => s with
        {
            MaxSteps = s.MaxSteps is int steps ? Math.Min(steps, Sizes.ToySteps) : null,
            GridSize = s.GridSize is int size ? Math.Min(size, Sizes.ToyGridSize) : null,
        },
        StudyKind.Invariance => s,
        StudyKind.Classifiers => s with { Classifiers = s.Classifiers?.Select(Classifier).ToList() },
        _ => null,
    };

    /// <summary>Every family kept, its complexity settings at their two extremes, forests and SVM passes cut.</summary>
    private static ClassifierSpec Classifier(ClassifierSpec c) => c with
    {
        Settings = Extremes(c.Settings),
        Trees = c.Trees is int trees ? Math.Min(trees, Sizes.ForestTrees) : null,
        Iterations = c.Iterations is int passes ? Math.Min(passes, Sizes.SvmIterations) : null,
    };

    private static List<T>? First<T>(IReadOnlyList<T>? values) => values is { Count: > 0 } ? [values[0]] : values?.ToList();

    private static List<T>? Extremes<T>(IReadOnlyList<T>? values) => values is { Count: > 1 } ? [values[0], values[^1]] : values?.ToList();
}
