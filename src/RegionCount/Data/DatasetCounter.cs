using System.Buffers.Binary;

namespace RegionCount.Data;

/// <summary>How many training and test examples the copy of a file-based dataset that the locator finds holds, read
/// from file lengths and headers without decoding the images (so a profile can be checked against the copy before
/// anything trains).</summary>
public static class DatasetCounter
{
    /// <summary>The examples of <paramref name="name"/> as found by <paramref name="locator"/>, with the folder; null for
    /// the synthetic sets and the shipped subset (their sizes are fixed), an unknown name or a dataset not found.</summary>
    public static DatasetCount? Count(string name, DataLocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var kind = DatasetKind.All.FirstOrDefault(k => k.Name == name);
        if (kind is null || locator.Find(kind) is not { } folder)
        {
            return null;
        }
        if (kind == DatasetKind.ImageNet)
        {
            return ImageNetCount(folder);
        }
        var files = DatasetCatalog.SourceFiles(name, locator);
        return name switch
        {
            "cifar10" => new DatasetCount(
                Records(files.Take(CifarReader.Cifar10TrainFiles.Count), CifarReader.PixelBytes + 1),
                Records(files.Skip(CifarReader.Cifar10TrainFiles.Count), CifarReader.PixelBytes + 1), folder),
            "cifar100" => new DatasetCount(Records([files[0]], CifarReader.PixelBytes + 2), Records([files[1]], CifarReader.PixelBytes + 2), folder),
            // IDX: images, labels, test images, test labels; the count is the header's second big-endian int.
            _ => new DatasetCount(IdxCount(files[0]), IdxCount(files[2]), folder),
        };
    }

    /// <summary>The images the ImageFolder lists (no image is decoded); null for a layout that is not one (the availability
    /// check reports it).</summary>
    private static DatasetCount? ImageNetCount(string folder)
    {
        try
        {
            var index = ImageFolderIndex.Scan(folder);
            return new DatasetCount(index.Train.Files.Count, index.Test.Files.Count, folder);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static int Records(IEnumerable<string> files, int recordBytes) => (int)files.Sum(f => DataFile.ContentLength(f) / recordBytes);

    private static int IdxCount(string file) => DataFile.ReadPrefix(file, 8) is { Length: 8 } header
        ? BinaryPrimitives.ReadInt32BigEndian(header.AsSpan(4))
        : 0;
}
