using static TorchSharp.torch;

namespace RegionCount.Data;

/// <summary>
/// Reads the binary versions of CIFAR-10 (records of 1 label byte + 3072 pixel bytes, files data_batch_1..5.bin
/// and test_batch.bin) and CIFAR-100 (coarse label byte + fine label byte + 3072 pixel bytes, train.bin and
/// test.bin). Pixels are stored channel-major (1024 red, 1024 green, 1024 blue, rows of 32), which is C×H×W.
/// </summary>
public static class CifarReader
{
    public const int PixelBytes = 3 * 32 * 32;

    /// <summary>The CIFAR-10 training files in a cifar-10-batches-bin folder.</summary>
    public static IReadOnlyList<string> Cifar10TrainFiles { get; } =
        ["data_batch_1.bin", "data_batch_2.bin", "data_batch_3.bin", "data_batch_4.bin", "data_batch_5.bin"];

    public const string Cifar10TestFile = "test_batch.bin";

    /// <summary>Reads and concatenates CIFAR-10 batch files, in the order given.</summary>
    public static ImageDataset ReadCifar10(string name, IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return Read(name, [.. paths], labelBytes: 1, labelOffset: 0, classes: 10);
    }

    /// <summary>Reads a CIFAR-100 file (train.bin or test.bin) with its fine or coarse labels.</summary>
    public static ImageDataset ReadCifar100(string name, string path, CifarLabels labels = CifarLabels.Fine) =>
        labels == CifarLabels.Fine
            ? Read(name, [path], labelBytes: 2, labelOffset: 1, classes: 100)
            : Read(name, [path], labelBytes: 2, labelOffset: 0, classes: 20);

    private static ImageDataset Read(string name, string[] paths, int labelBytes, int labelOffset, int classes)
    {
        var record = labelBytes + PixelBytes;
        var files = paths.Select(p => (Path: p, Data: DataFile.ReadAll(p))).ToList();
        foreach (var (path, data) in files)
        {
            if (data.Length == 0 || data.Length % record != 0)
            {
                throw new InvalidDataException(
                    $"{path}: length {data.Length} is not a positive multiple of the {record}-byte CIFAR record " +
                    $"({labelBytes} label byte(s) + {PixelBytes} pixels)");
            }
        }
        var count = files.Sum(f => f.Data.Length / record);
        var pixels = new byte[(long)count * PixelBytes];
        var labels = new long[count];
        var n = 0;
        foreach (var (path, data) in files)
        {
            for (var offset = 0; offset < data.Length; offset += record, n++)
            {
                var label = data[offset + labelOffset];
                if (label >= classes)
                {
                    throw new InvalidDataException(
                        $"{path}: label {label} in record {offset / record} is out of range [0, {classes})");
                }
                labels[n] = label;
                Buffer.BlockCopy(data, offset + labelBytes, pixels, n * PixelBytes, PixelBytes);
            }
        }
        using var scope = NewDisposeScope();
        var images = tensor(pixels, [count, 3, 32, 32]).to(float32).div_(255f);
        return new ImageDataset(name, images, tensor(labels), classes);
    }
}
