using System.IO.Compression;

namespace RegionCount.Data;

/// <summary>Reads a dataset file whole, raw or gzip-compressed (detected by the gzip magic bytes 1F 8B).</summary>
internal static class DataFile
{
    /// <summary>The path of <paramref name="fileName"/> in <paramref name="folder"/>, raw or with .gz.</summary>
    /// <exception cref="FileNotFoundException">Neither variant exists.</exception>
    public static string Resolve(string folder, string fileName)
    {
        var raw = Path.Combine(folder, fileName);
        if (File.Exists(raw))
        {
            return raw;
        }
        var gz = raw + ".gz";
        return File.Exists(gz) ? gz : throw new FileNotFoundException($"{raw}: not found (nor {gz})", raw);
    }

    /// <summary>All bytes of the file, decompressed when it is gzip.</summary>
    /// <exception cref="InvalidDataException">A .gz file that is not gzip, or a corrupt or truncated gzip stream.</exception>
    public static byte[] ReadAll(string path)
    {
        var bytes = File.ReadAllBytes(path);
        return Decode(path, bytes);
    }

    /// <summary>Decompresses <paramref name="bytes"/> if they are gzip; <paramref name="name"/> is used in errors.</summary>
    public static byte[] Decode(string name, byte[] bytes)
    {
        var isGzip = bytes.Length >= 2 && bytes[0] == 0x1F && bytes[1] == 0x8B;
        if (!isGzip)
        {
            return name.EndsWith(".gz", StringComparison.OrdinalIgnoreCase)
                ? throw new InvalidDataException($"{name}: named .gz but is not gzip (no 1F 8B magic)")
                : bytes;
        }
        try
        {
            using var input = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
            using var output = new MemoryStream();
            input.CopyTo(output);
            return output.ToArray();
        }
        catch (Exception e) when (e is InvalidDataException or EndOfStreamException or IOException)
        {
            throw new InvalidDataException($"{name}: corrupt or truncated gzip stream ({e.Message})", e);
        }
    }

    /// <summary>The first <paramref name="count"/> bytes of the file, decompressed when it is gzip (fewer when it is
    /// shorter), without reading the rest.</summary>
    public static byte[] ReadPrefix(string path, int count)
    {
        using var stream = Open(path);
        var buffer = new byte[count];
        int read = stream.ReadAtLeast(buffer, count, throwOnEndOfStream: false);
        return buffer[..read];
    }

    /// <summary>The length of the file's content: its size, or its decompressed size when it is gzip (streamed, never
    /// held in memory).</summary>
    public static long ContentLength(string path)
    {
        using var stream = Open(path);
        if (stream is FileStream file)
        {
            return file.Length;
        }
        long length = 0;
        var buffer = new byte[1 << 16];
        for (int n; (n = stream.Read(buffer)) > 0;)
        {
            length += n;
        }
        return length;
    }

    /// <summary>The file as a stream of its content: the file itself, or a decompressing stream when it is gzip.</summary>
    private static Stream Open(string path)
    {
        var file = File.OpenRead(path);
        Span<byte> magic = stackalloc byte[2];
        bool gzip = file.ReadAtLeast(magic, 2, throwOnEndOfStream: false) == 2 && magic[0] == 0x1F && magic[1] == 0x8B;
        file.Position = 0;
        return gzip ? new GZipStream(file, CompressionMode.Decompress) : file;
    }
}
