using System.Buffers.Binary;
using static TorchSharp.torch;

namespace RegionCount.Data;

/// <summary>
/// Reads the IDX format of MNIST and Fashion-MNIST (raw or .gz): images with magic 0x00000803 (count, rows,
/// columns, then one byte per pixel) and labels with magic 0x00000801 (count, then one byte per label).
/// Every malformation is an <see cref="InvalidDataException"/> whose message names the file.
/// </summary>
public static class IdxReader
{
    public const int ImagesMagic = 0x00000803;
    public const int LabelsMagic = 0x00000801;

    /// <summary>Reads an image file and a label file into one dataset of N×1×rows×cols images in [0, 1].</summary>
    /// <param name="name">The dataset name (e.g. fashion-mnist/train).</param>
    /// <param name="imagesPath">The IDX image file.</param>
    /// <param name="labelsPath">The IDX label file.</param>
    /// <param name="classes">Labels must lie in [0, classes).</param>
    /// <param name="rows">The image height the dataset needs.</param>
    /// <param name="columns">The image width the dataset needs.</param>
    public static ImageDataset Read(string name, string imagesPath, string labelsPath, int classes = 10, int rows = 28, int columns = 28) =>
        Decode(name, imagesPath, File.ReadAllBytes(imagesPath), labelsPath, File.ReadAllBytes(labelsPath), classes, rows, columns);

    /// <summary>Decodes file contents as stored (raw or gzip); the paths are used in error messages only.</summary>
    internal static ImageDataset Decode(
        string name, string imagesPath, byte[] imageBytes, string labelsPath, byte[] labelBytes, int classes, int rows, int columns)
    {
        var pixels = ReadImages(imagesPath, DataFile.Decode(imagesPath, imageBytes), rows, columns, out var count);
        var labels = ReadLabels(labelsPath, DataFile.Decode(labelsPath, labelBytes), classes);
        if (labels.Length != count)
        {
            throw new InvalidDataException($"{labelsPath}: {labels.Length} labels but {imagesPath} holds {count} images");
        }
        using var scope = NewDisposeScope();
        var images = tensor(pixels, [count, 1, rows, columns]).to(float32).div_(255f);
        return new ImageDataset(name, images, tensor(labels), classes);
    }

    private static byte[] ReadImages(string path, byte[] data, int rows, int columns, out int count)
    {
        const int header = 16;
        RequireHeader(path, data, header, ImagesMagic, "images");
        count = ReadCount(path, data, 4);
        var fileRows = ReadCount(path, data, 8);
        var fileColumns = ReadCount(path, data, 12);
        if (fileRows != rows || fileColumns != columns)
        {
            throw new InvalidDataException($"{path}: images are {fileRows}x{fileColumns}, expected {rows}x{columns}");
        }
        RequireLength(path, data, header + ((long)count * rows * columns), $"{count} images of {rows}x{columns}");
        return data[header..];
    }

    private static long[] ReadLabels(string path, byte[] data, int classes)
    {
        const int header = 8;
        RequireHeader(path, data, header, LabelsMagic, "labels");
        var count = ReadCount(path, data, 4);
        RequireLength(path, data, header + (long)count, $"{count} labels");
        var labels = new long[count];
        for (var i = 0; i < count; i++)
        {
            labels[i] = data[header + i];
            if (labels[i] >= classes)
            {
                throw new InvalidDataException($"{path}: label {labels[i]} at index {i} is out of range [0, {classes})");
            }
        }
        return labels;
    }

    private static void RequireHeader(string path, byte[] data, int header, int magic, string what)
    {
        if (data.Length < 4)
        {
            throw new InvalidDataException($"{path}: truncated, {data.Length} bytes is shorter than the IDX magic number");
        }
        var actual = BinaryPrimitives.ReadInt32BigEndian(data);
        if (actual != magic)
        {
            throw new InvalidDataException($"{path}: wrong magic number 0x{actual:X8}, expected 0x{magic:X8} (IDX {what})");
        }
        if (data.Length < header)
        {
            throw new InvalidDataException($"{path}: truncated, {data.Length} bytes is shorter than the {header}-byte IDX {what} header");
        }
    }

    private static int ReadCount(string path, byte[] data, int offset)
    {
        var value = BinaryPrimitives.ReadInt32BigEndian(data.AsSpan(offset));
        return value >= 0 ? value : throw new InvalidDataException($"{path}: negative dimension {value} at byte {offset}");
    }

    private static void RequireLength(string path, byte[] data, long expected, string what)
    {
        if (data.Length < expected)
        {
            throw new InvalidDataException($"{path}: truncated, {data.Length} bytes but {what} need {expected}");
        }
        if (data.Length > expected)
        {
            throw new InvalidDataException($"{path}: {data.Length - expected} trailing bytes after {what}");
        }
    }
}
