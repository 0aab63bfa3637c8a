using System.Buffers.Binary;
using System.IO.Compression;

namespace RegionCount.Tests.Data;

/// <summary>Writes tiny dataset files byte by byte, independently of the readers under test.</summary>
internal static class DataFiles
{
    public static byte[] IdxImages(int count, int rows, int columns, Func<int, byte> pixel, int magic = 0x00000803)
    {
        var data = new byte[16 + (count * rows * columns)];
        BinaryPrimitives.WriteInt32BigEndian(data, magic);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), count);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(8), rows);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(12), columns);
        for (var i = 16; i < data.Length; i++)
        {
            data[i] = pixel(i - 16);
        }
        return data;
    }

    public static byte[] IdxLabels(params byte[] labels)
    {
        var data = new byte[8 + labels.Length];
        BinaryPrimitives.WriteInt32BigEndian(data, 0x00000801);
        BinaryPrimitives.WriteInt32BigEndian(data.AsSpan(4), labels.Length);
        labels.CopyTo(data, 8);
        return data;
    }

    public static byte[] Gzip(byte[] data)
    {
        using var output = new MemoryStream();
        using (var gzip = new GZipStream(output, CompressionLevel.Fastest))
        {
            gzip.Write(data);
        }
        return output.ToArray();
    }

    /// <summary>CIFAR records: the label bytes, then 3072 pixels whose value is (record + position) mod 256.</summary>
    public static byte[] Cifar(params byte[][] labelBytes)
    {
        var output = new List<byte>();
        for (var r = 0; r < labelBytes.Length; r++)
        {
            output.AddRange(labelBytes[r]);
            output.AddRange(Enumerable.Range(0, 3072).Select(p => (byte)((r + p) % 256)));
        }
        return [.. output];
    }

    public static string Write(DirectoryInfo folder, string name, byte[] data)
    {
        var path = Path.Combine(folder.FullName, name);
        File.WriteAllBytes(path, data);
        return path;
    }
}
