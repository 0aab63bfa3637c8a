using System.Text.Json;

namespace RegionCount.Experiments;

/// <summary>The names a profile may use that are not enums (those are read by <see cref="JsonNames"/>: probe kinds,
/// splits, optimizers, schedules, augmentations, crop paddings, measures, study kinds).</summary>
public static class KnownNames
{
    /// <summary>The option every CIFAR network reads: the standard deviation of its re-initialized classifier head
    /// (declared first: the tables below read it while the type initializes).</summary>
    private static readonly string HeadInitStd = Option(nameof(ModelSpecOptions.HeadInitStd));

    /// <summary>Every model a profile may name, with the options it reads (<see cref="ModelSpecOptions"/>, by JSON name);
    /// the engine's ModelFactory builds each of them from exactly these.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> ModelOptions { get; } = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal)
    {
        ["mlp"] = [Option(nameof(ModelSpecOptions.Widths))],
        ["small-cnn"] = [Option(nameof(ModelSpecOptions.Channels)), Option(nameof(ModelSpecOptions.Hidden))],
        ["two-layer-relu"] = [Option(nameof(ModelSpecOptions.Width))],
        ["resnet18"] = [Option(nameof(ModelSpecOptions.BaseWidth)), HeadInitStd],
        ["resnet34"] = [Option(nameof(ModelSpecOptions.BaseWidth)), HeadInitStd],
        ["efficientnetb0"] = [HeadInitStd],
        ["senet18"] = [HeadInitStd],
        ["vgg19"] = [Option(nameof(ModelSpecOptions.BaseWidth)), HeadInitStd],
        ["mobilenet"] = [HeadInitStd],
        ["shufflenetv2"] = [HeadInitStd],
        ["regnetx_200mf"] = [HeadInitStd],
        ["simpledla"] = [HeadInitStd],
        ["resnet18-imagenet"] = [HeadInitStd],
        ["vit"] = [HeadInitStd],
    };

    public static IReadOnlySet<string> Models { get; } = ModelOptions.Keys.ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> Datasets { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "fashion-mnist", "fashion-mnist-subset", "mnist", "cifar10", "cifar100", "imagenet", "moons", "circles", "spirals",
        "blobs", "gaussian-mixture",
    };

    /// <summary>The training and test images of each file-based dataset in its official form (the shipped subset: the
    /// first 2,000 and 1,000 of Fashion-MNIST): a profile cannot ask for more.</summary>
    public static IReadOnlyDictionary<string, (int Train, int Test)> DatasetSizes { get; } = new Dictionary<string, (int, int)>(StringComparer.Ordinal)
    {
        ["fashion-mnist"] = (60_000, 10_000),
        ["fashion-mnist-subset"] = (2_000, 1_000),
        ["mnist"] = (60_000, 10_000),
        ["cifar10"] = (50_000, 10_000),
        ["cifar100"] = (50_000, 10_000),
        // ILSVRC-2012 (ImageNet-1k): the training set and the 50,000 validation images, which serve as its test set.
        ["imagenet"] = (1_281_167, 50_000),
    };

    /// <summary>Datasets generated in memory from the seed: never a file to check.</summary>
    public static IReadOnlySet<string> SyntheticDatasets { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "moons", "circles", "spirals", "blobs", "gaussian-mixture",
    };

    /// <summary>Experiment kinds that compute a <see cref="StudySpec"/> instead of training.</summary>
    public static IReadOnlySet<string> StudyKinds { get; } = JsonNames.All<StudyKind>().ToHashSet(StringComparer.Ordinal);

    public static IReadOnlySet<string> ExperimentKinds { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        "main-grid", "lr-sweep", "batch-sweep", "wd-sweep", "dimension-ablation", "augmentation", "mixup", "param-measures",
        "optimizer", "more-networks", "probe-variants", "stability", "toy", "invariance", "classifiers",
    };

    public static IReadOnlySet<string> Expectations { get; } = new HashSet<string>(StringComparer.Ordinal) { "asserted", "recorded" };

    /// <summary>The JSON name of a <see cref="ModelSpecOptions"/> property.</summary>
    private static string Option(string property) => JsonNamingPolicy.CamelCase.ConvertName(property);
}
