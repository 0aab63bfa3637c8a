using static TorchSharp.torch;

namespace RegionCount.Data;

/// <summary>Every dataset the experiment layer can ask for by name.</summary>
public static class DatasetCatalog
{
    /// <summary>The seed stream for synthetic test sets (the training set uses the seed itself).</summary>
    private const int TestStream = 2;

    /// <summary>The names <see cref="Load"/> accepts.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "fashion-mnist", ShippedFashionMnist.Name, "mnist", "cifar10", "cifar100", "imagenet",
        "moons", "circles", "spirals", "blobs", "gaussian-mixture",
    ];

    private static readonly string[] SyntheticNames = ["moons", "circles", "spirals", "blobs", "gaussian-mixture"];

    /// <summary>Loads the training and test split of the dataset called <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">Unknown name (the message lists the known ones).</exception>
    /// <exception cref="DirectoryNotFoundException">A file-based dataset the locator cannot find.</exception>
    /// <exception cref="InvalidDataException">A malformed dataset file.</exception>
    public static LoadedDataset Load(string name, DataLocator locator, DatasetOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(locator);
        options ??= new DatasetOptions();
        var (train, test) = name switch
        {
            "fashion-mnist" => Idx(locator.Require(DatasetKind.FashionMnist), name),
            "fashion-mnist-subset" => Both(() => ShippedFashionMnist.Load(DatasetSplit.Train), () => ShippedFashionMnist.Load(DatasetSplit.Test)),
            "mnist" => Idx(locator.Require(DatasetKind.Mnist), name),
            "cifar10" => Cifar10(locator.Require(DatasetKind.Cifar10)),
            "cifar100" => Cifar100(locator.Require(DatasetKind.Cifar100), options.CifarLabels),
            "imagenet" => ImageNet(ImageFolderIndex.Scan(locator.Require(DatasetKind.ImageNet))),
            _ when IsSynthetic(name) => Both(() => Synthetic(name, options, train: true), () => Synthetic(name, options, train: false)),
            _ => throw new ArgumentException($"dataset '{name}': unknown; known datasets are {string.Join(", ", Names)}", nameof(name)),
        };
        if (!IsSynthetic(name))
        {
            train = Replace(train, options.TrainSize is { } size ? StratifiedSubset.Take(train, size, options.Seed) : null);
            train = Replace(train, options.LabelNoise > 0 ? WithLabelNoise(train, options.LabelNoise, options.Seed) : null);
        }
        return new LoadedDataset(name, train, test);
    }

    private static bool IsSynthetic(string name) => SyntheticNames.Contains(name);

    /// <summary>
    /// The files <see cref="Load"/> reads for <paramref name="name"/>, in reading order (empty for the synthetic sets,
    /// the subset shipped in the assembly and ImageNet, which <see cref="Identity"/> names by a manifest): what a run record names the data by (<see cref="DatasetIdentity"/>).
    /// </summary>
    /// <exception cref="DirectoryNotFoundException">A file-based dataset the locator cannot find.</exception>
    public static IReadOnlyList<string> SourceFiles(string name, DataLocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        return name switch
        {
            "fashion-mnist" or "mnist" => Resolve(locator.Require(name == "mnist" ? DatasetKind.Mnist : DatasetKind.FashionMnist),
                IdxTrainImages, IdxTrainLabels, IdxTestImages, IdxTestLabels),
            "cifar10" => Resolve(locator.Require(DatasetKind.Cifar10), [.. CifarReader.Cifar10TrainFiles, CifarReader.Cifar10TestFile]),
            "cifar100" => Resolve(locator.Require(DatasetKind.Cifar100), Cifar100Train, Cifar100Test),
            _ => [],
        };
    }

    private const string IdxTrainImages = "train-images-idx3-ubyte";
    private const string IdxTrainLabels = "train-labels-idx1-ubyte";
    private const string IdxTestImages = "t10k-images-idx3-ubyte";
    private const string IdxTestLabels = "t10k-labels-idx1-ubyte";
    private const string Cifar100Train = "train.bin";
    private const string Cifar100Test = "test.bin";

    private static string[] Resolve(string folder, params string[] files) => [.. files.Select(f => DataFile.Resolve(folder, f))];

    private static (ImageDataset, ImageDataset) Idx(string folder, string name) => Both(
        () => IdxReader.Read($"{name}/train", DataFile.Resolve(folder, IdxTrainImages), DataFile.Resolve(folder, IdxTrainLabels)),
        () => IdxReader.Read($"{name}/test", DataFile.Resolve(folder, IdxTestImages), DataFile.Resolve(folder, IdxTestLabels)));

    private static (ImageDataset, ImageDataset) Cifar10(string folder) => Both(
        () => CifarReader.ReadCifar10("cifar10/train", CifarReader.Cifar10TrainFiles.Select(f => DataFile.Resolve(folder, f))),
        () => CifarReader.ReadCifar10("cifar10/test", [DataFile.Resolve(folder, CifarReader.Cifar10TestFile)]));

    private static (ImageDataset, ImageDataset) Cifar100(string folder, CifarLabels labels) => Both(
        () => CifarReader.ReadCifar100("cifar100/train", DataFile.Resolve(folder, Cifar100Train), labels),
        () => CifarReader.ReadCifar100("cifar100/test", DataFile.Resolve(folder, Cifar100Test), labels));

    /// <summary>ImageNet's train/ and val/, streamed: only the labels are read now, the images per batch.</summary>
    private static (ImageDataset, ImageDataset) ImageNet(ImageFolderIndex index) => Both(
        () => Streamed("imagenet/train", index.Train, index.Classes.Count),
        () => Streamed("imagenet/test", index.Test, index.Classes.Count));

    private static ImageDataset Streamed(string name, ImageFolderSplit split, int classes)
    {
        using var scope = NewDisposeScope();
        return new ImageDataset(name, new ImageFolderSource(name, split), tensor(split.Labels()), classes);
    }

    /// <summary>What a run record names dataset <paramref name="name"/> by (<see cref="DatasetIdentity.RecordKey"/>): the
    /// SHA-256 of every file it reads, or for ImageNet the manifest of its files (<see cref="ImageFolderIndex.Identity"/>).</summary>
    public static string Identity(string name, DataLocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        return name == DatasetKind.ImageNet.Name
            ? ImageFolderIndex.Scan(locator.Require(DatasetKind.ImageNet)).Identity()
            : DatasetIdentity.Describe(SourceFiles(name, locator));
    }

    /// <summary>Loads both splits; the training split is disposed if the test split fails.</summary>
    private static (ImageDataset, ImageDataset) Both(Func<ImageDataset> train, Func<ImageDataset> test)
    {
        var first = train();
        try
        {
            return (first, test());
        }
        catch
        {
            first.Dispose();
            throw;
        }
    }

    private static ImageDataset Synthetic(string name, DatasetOptions o, bool train)
    {
        var count = (train ? o.TrainSize : o.TestSize) ?? DatasetOptions.DefaultSyntheticSize;
        var seed = train ? o.Seed : SeedMix.Combine(o.Seed, TestStream);
        var labelNoise = train ? o.LabelNoise : 0;
        return name switch
        {
            "moons" => SyntheticData.Moons(count, seed, o.Noise ?? 0.1, labelNoise),
            "circles" => SyntheticData.Circles(count, seed, o.Noise ?? 0.05, labelNoise: labelNoise),
            "spirals" => SyntheticData.Spirals(count, seed, o.Classes ?? 2, o.Noise ?? 0.02, labelNoise: labelNoise),
            "blobs" => SyntheticData.Blobs(count, seed, o.Classes ?? 3, o.Dimension ?? 2, o.Separation ?? 1, labelNoise),
            _ => SyntheticData.GaussianMixture(count, seed, o.Classes ?? 2, o.Dimension ?? 2, o.Separation ?? 3, labelNoise),
        };
    }

    private static ImageDataset WithLabelNoise(ImageDataset dataset, double fraction, int seed)
    {
        return dataset.WithLabels(SyntheticData.FlipLabels(dataset.Labels.data<long>().ToArray(), dataset.Classes, fraction, seed));
    }

    /// <summary>Returns <paramref name="next"/> and disposes <paramref name="current"/>, or keeps current when next is null.</summary>
    private static ImageDataset Replace(ImageDataset current, ImageDataset? next)
    {
        if (next is null)
        {
            return current;
        }
        current.Dispose();
        return next;
    }
}
