namespace RegionCount.Reports.Paper;

/// <summary>The authors' published per-run results, embedded in this assembly (see Reference/README.md).
/// Network names are matched case-insensitively ("ResNet18" finds cifar10_grid_Resnet18.csv).</summary>
public static class PaperReference
{
    private const string Prefix = "RegionCount.Reports.Paper.Reference.";

    /// <summary>The nine networks of the CIFAR-10 grid.</summary>
    public static IReadOnlyList<string> Networks { get; } =
        ["ResNet18", "EfficientNetB0", "SENet18", "ResNet34", "VGG19", "MobileNet", "ShuffleNetV2", "RegNetX_200MF", "SimpleDLA"];

    /// <summary>The embedded file names (e.g. "cifar10_grid_Resnet18.csv").</summary>
    public static IReadOnlyList<string> Files =>
        typeof(PaperReference).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..])
            .Order(StringComparer.Ordinal)
            .ToArray();

    /// <summary>CIFAR-10 Table-1 grid: 27 configurations × up to 3 seeds.</summary>
    public static IReadOnlyList<PaperRun> Grid(string net) => Runs("cifar10_grid", net);

    /// <summary>CIFAR-100 grid (augmentation on).</summary>
    public static IReadOnlyList<PaperRun> Cifar100Grid(string net) => Runs("cifar100_grid", net);

    /// <summary>wd 5e-4, bs 256, lr ∈ {0.001, 0.005, 0.01, 0.05, 0.1}.</summary>
    public static IReadOnlyList<PaperRun> LrSweep(string net) => Runs("cifar10_lr_sweep", net);

    /// <summary>wd 5e-4, lr 0.01, bs ∈ {32, …, 1024}.</summary>
    public static IReadOnlyList<PaperRun> BatchSweep(string net) => Runs("cifar10_batch_sweep", net);

    /// <summary>2-D…5-D simplex counts (<see cref="PaperRun.SubspaceDim"/> set), one seed.</summary>
    public static IReadOnlyList<PaperRun> Dimension(string net) => Runs("cifar10_dimension", net);

    /// <summary>ResNet18 with data augmentation (C14).</summary>
    public static IReadOnlyList<PaperRun> Augmentation() => Runs("cifar10_augmentation", "Resnet18");

    /// <summary>ResNet18 with mixup (C14); its train accuracy is on mixed labels.</summary>
    public static IReadOnlyList<PaperRun> Mixup() => Runs("cifar10_mixup", "Resnet18");

    /// <summary>Figure 1 (right): ResNet18, wd 1e-6, one seed (<see cref="PaperRun.LineMode"/> set).</summary>
    public static IReadOnlyList<PaperRun> Teaser() => Runs("cifar10_teaser_lr", "Resnet18");

    /// <summary>ResNet18 distance from initialization, margin and normalized margin (C6).</summary>
    public static IReadOnlyList<ParamMeasureRun> ParamMeasures()
    {
        const string file = "cifar10_param_measures_Resnet18.csv";
        using var reader = Open(file);
        return PaperCsv.ReadParamMeasures(file, reader);
    }

    /// <summary>The authors' classifiers that are not neural networks on flattened CIFAR-10 pixels (C16), every model of
    /// every family in file order.</summary>
    public static IReadOnlyList<ClassifierRun> Classifiers()
    {
        const string file = "cifar10_classifiers.csv";
        using var reader = Open(file);
        return PaperCsv.ReadClassifiers(file, reader);
    }

    /// <summary>The authors' Vision Transformer runs on CIFAR-10 (C17): lr {1e-5, 5e-5, 1e-4, 1e-3} × batch {256, 512, 1024}
    /// × wd {1e-5, 1e-6, 1e-7}, 3 runs each, in file order.</summary>
    public static IReadOnlyList<VitRun> Vit()
    {
        const string file = "cifar10_vit.csv";
        using var reader = Open(file);
        return PaperCsv.ReadVit(file, reader);
    }

    /// <summary>The runs of <paramref name="experiment"/> ("cifar10_grid", "cifar100_grid", ...) for one of our model
    /// names (resnet18, regnetx_200mf, vgg19-cifar100: matched case-insensitively, a "-cifar100" suffix dropped); empty
    /// when the authors have no such file.</summary>
    public static IReadOnlyList<PaperRun> ForModel(string experiment, string model)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(model);
        string net = model.EndsWith("-cifar100", StringComparison.OrdinalIgnoreCase) ? model[..^"-cifar100".Length] : model;
        return Files.Any(f => string.Equals(f, $"{experiment}_{net}.csv", StringComparison.OrdinalIgnoreCase)) ? Runs(experiment, net) : [];
    }

    private static IReadOnlyList<PaperRun> Runs(string experiment, string net)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(net);
        var wanted = $"{experiment}_{net}.csv";
        var file = Files.FirstOrDefault(f => string.Equals(f, wanted, StringComparison.OrdinalIgnoreCase));
        if (file is null)
        {
            var known = Files.Where(f => f.StartsWith(experiment + "_", StringComparison.Ordinal))
                .Select(f => f[(experiment.Length + 1)..^4]);
            throw new ArgumentException($"net: no {experiment} results for '{net}'; available: {string.Join(", ", known)}", nameof(net));
        }

        using var reader = Open(file);
        return PaperCsv.ReadRuns(file, reader);
    }

    private static StreamReader Open(string file)
    {
        var stream = typeof(PaperReference).Assembly.GetManifestResourceStream(Prefix + file)
            ?? throw new InvalidOperationException($"{file}: embedded resource missing from {typeof(PaperReference).Assembly.GetName().Name}");
        return new StreamReader(stream);
    }
}
