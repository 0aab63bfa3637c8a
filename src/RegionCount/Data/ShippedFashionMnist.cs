namespace RegionCount.Data;

/// <summary>
/// The Fashion-MNIST subset shipped inside the RegionCount assembly (Data/Embedded, MIT, Zalando SE 2017): the
/// first 2,000 training and the first 1,000 test images with their labels. The smoke profile needs nothing else.
/// </summary>
public static class ShippedFashionMnist
{
    public const string Name = "fashion-mnist-subset";
    public const int TrainCount = 2000;
    public const int TestCount = 1000;

    /// <summary>Reads one split (N×1×28×28 in [0, 1], 10 classes) from the assembly's resources.</summary>
    public static ImageDataset Load(DatasetSplit split)
    {
        var prefix = split == DatasetSplit.Train ? "train" : "t10k";
        var images = $"{prefix}-images-idx3-ubyte.gz";
        var labels = $"{prefix}-labels-idx1-ubyte.gz";
        return IdxReader.Decode(
            $"{Name}/{split.ToString().ToLowerInvariant()}", images, ReadResource(images), labels, ReadResource(labels),
            classes: 10, rows: 28, columns: 28);
    }

    private static byte[] ReadResource(string fileName)
    {
        var resource = "RegionCount.Data.Embedded." + fileName;
        using var stream = typeof(ShippedFashionMnist).Assembly.GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"{resource}: embedded resource missing from the RegionCount assembly");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
