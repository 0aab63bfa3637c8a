namespace RegionCount.Data;

/// <summary>A dataset the harness can read from disk, with the files that mark its folder.</summary>
/// <param name="Name">The name profiles use (fashion-mnist, mnist, cifar10, cifar100, imagenet).</param>
/// <param name="Folders">Folder names under a data root that may hold it, in order.</param>
/// <param name="MarkerFiles">Files whose presence identifies the folder (any one variant of each: raw or .gz).</param>
public sealed record DatasetKind(string Name, IReadOnlyList<string> Folders, IReadOnlyList<string> MarkerFiles)
{
    /// <summary>Folders whose presence identifies the folder too (ImageNet's train/ and val/).</summary>
    public IReadOnlyList<string> MarkerFolders { get; init; } = [];

    /// <summary>The markers as an error message lists them (folders with a trailing slash).</summary>
    public IEnumerable<string> Markers => MarkerFiles.Concat(MarkerFolders.Select(f => f + "/"));

    public static readonly DatasetKind FashionMnist = new(
        "fashion-mnist", ["fashion-mnist", "FashionMNIST/raw", "fashion_mnist"],
        ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]);

    public static readonly DatasetKind Mnist = new(
        "mnist", ["mnist", "MNIST/raw"],
        ["train-images-idx3-ubyte", "train-labels-idx1-ubyte", "t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"]);

    public static readonly DatasetKind Cifar10 = new(
        "cifar10", ["cifar-10-batches-bin", "cifar10/cifar-10-batches-bin", "cifar10"],
        ["data_batch_1.bin", "data_batch_5.bin", "test_batch.bin"]);

    public static readonly DatasetKind Cifar100 = new(
        "cifar100", ["cifar-100-binary", "cifar100/cifar-100-binary", "cifar100"],
        ["train.bin", "test.bin"]);

    /// <summary>ImageNet-1k in torchvision's ImageFolder layout (<see cref="ImageFolderIndex"/>).</summary>
    public static readonly DatasetKind ImageNet = new("imagenet", ["imagenet", "ILSVRC2012", "imagenet-1k", "ILSVRC/Data/CLS-LOC"], [])
    {
        MarkerFolders = [ImageFolderIndex.TrainFolder, ImageFolderIndex.ValFolder],
    };

    public static IReadOnlyList<DatasetKind> All { get; } = [FashionMnist, Mnist, Cifar10, Cifar100, ImageNet];
}
