using System.Runtime.InteropServices;
using SkiaSharp;

namespace RegionCount.Tests.Data;

/// <summary>
/// Writes a tiny ImageNet in the ImageFolder layout (train/&lt;wnid&gt;/*.JPEG, val/&lt;wnid&gt;/*.JPEG) with JPEGs
/// encoded by SkiaSharp: each image a seeded size between 48 and 111 pixels a side (wide and tall ones), filled with its
/// class's colour plus seeded noise, so that classes differ and every crop of the transforms has work to do. The wnids
/// are written out of order (the reader sorts them).
/// </summary>
internal static class TinyImageFolder
{
    /// <summary>The class folder names, in the order they are created (not sorted).</summary>
    public static IReadOnlyList<string> Wnids { get; } = ["n03000134", "n01440764", "n02102040", "n01530575"];

    /// <summary>The folder <paramref name="folder"/> with <paramref name="trainPerClass"/> training and
    /// <paramref name="valPerClass"/> validation images per class of the first <paramref name="classes"/> wnids.</summary>
    public static string Write(string folder, int trainPerClass, int valPerClass, int seed = 7, int classes = 4)
    {
        var random = new Random(seed);
        foreach (var (wnid, label) in Wnids.Take(classes).Select((w, i) => (w, i)))
        {
            foreach (var (split, count) in new[] { ("train", trainPerClass), ("val", valPerClass) })
            {
                var dir = Directory.CreateDirectory(Path.Combine(folder, split, wnid));
                for (int i = 0; i < count; i++)
                {
                    // Reversed numbering: creation order differs from the sorted order the reader must use.
                    File.WriteAllBytes(Path.Combine(dir.FullName, $"{wnid}_{count - i:D4}.JPEG"), Jpeg(random, label));
                }
            }
        }
        return folder;
    }

    /// <summary>A JPEG of a seeded size, its class's colour with seeded noise.</summary>
    public static byte[] Jpeg(Random random, int label)
    {
        int width = random.Next(48, 112), height = random.Next(48, 112);
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        var pixels = new byte[width * height * 4];
        byte[] colour = [(byte)(60 * label), (byte)(255 - (50 * label)), (byte)(40 + (30 * label))];
        var noise = new byte[width * height * 3];
        random.NextBytes(noise);
        for (int p = 0; p < width * height; p++)
        {
            for (int c = 0; c < 3; c++)
            {
                pixels[(4 * p) + c] = (byte)((colour[c] + (noise[(3 * p) + c] / 4)) & 0xFF);
            }
            pixels[(4 * p) + 3] = 255;
        }
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
