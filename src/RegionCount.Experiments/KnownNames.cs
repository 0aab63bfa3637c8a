namespace RegionCount.Experiments;

/// <summary>The names a profile may use.</summary>
public static class KnownNames
{
    public static IReadOnlySet<string> Models { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "mlp", "small-cnn", "two-layer-relu", "resnet18", "resnet34", "efficientnetb0", "senet18", "vgg19",
        "mobilenet", "shufflenetv2", "regnetx_200mf", "simpledla",
    };

    public static IReadOnlySet<string> Datasets { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "fashion-mnist", "fashion-mnist-subset", "mnist", "cifar10", "cifar100", "moons", "circles", "spirals",
        "blobs", "gaussian-mixture",
    };

    /// <summary>Datasets generated in memory from the seed: never a file to check.</summary>
    public static IReadOnlySet<string> SyntheticDatasets { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "moons", "circles", "spirals", "blobs", "gaussian-mixture",
    };

    /// <summary>Experiment kinds that compute a <see cref="StudySpec"/> instead of training.</summary>
    public static IReadOnlySet<string> StudyKinds { get; } =
        Enum.GetValues<StudyKind>().Select(k => k.ToString().ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> ExperimentKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "main-grid", "lr-sweep", "batch-sweep", "dimension-ablation", "augmentation", "mixup", "param-measures",
        "optimizer", "more-networks", "probe-variants", "stability", "toy", "invariance",
    };

    public static IReadOnlySet<string> ProbeKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "segment", "ray", "simplex", "plane",
    };

    /// <summary>Parameter-dependent measures the executor records (C6: the first three; C7: the norm-based rest).
    /// PAC-Bayes sharpness is not implemented.</summary>
    public static IReadOnlySet<string> Measures { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "distance-from-init", "margin", "normalized-margin", "log-spectral-norm-product", "log-frobenius-norm-product",
        "frobenius-normalized-margin",
    };

    public static IReadOnlySet<string> Optimizers { get; } = new HashSet<string>(StringComparer.Ordinal) { "sgd", "adam", "adagrad" };

    public static IReadOnlySet<string> Augmentations { get; } = new HashSet<string>(StringComparer.Ordinal) { "none", "crop-flip" };

    public static IReadOnlySet<string> Schedules { get; } = new HashSet<string>(StringComparer.Ordinal) { "cosine", "constant" };

    public static IReadOnlySet<string> Splits { get; } = new HashSet<string>(StringComparer.Ordinal) { "train", "test" };

    public static IReadOnlySet<string> Expectations { get; } = new HashSet<string>(StringComparer.Ordinal) { "asserted", "recorded" };
}
