using System.Runtime.InteropServices;
using FluentAssertions;
using RegionCount.Data;
using SkiaSharp;
using Xunit;

namespace RegionCount.Tests.Data;

/// <summary>Where the transforms take their pixels from, on lossless PNGs whose content says where each column came from.</summary>
public sealed class ImageDecoderTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("rc-decoder");

    public void Dispose() => _root.Delete(recursive: true);

    /// <summary>A PNG named .JPEG (Skia reads by content): black left of column <paramref name="edge"/>, white from it on.</summary>
    private string Halves(int width, int height, int edge)
    {
        var pixels = new byte[width * height * 4];
        for (int p = 0; p < width * height; p++)
        {
            byte v = p % width < edge ? (byte)0 : (byte)255;
            (pixels[4 * p], pixels[(4 * p) + 1], pixels[(4 * p) + 2], pixels[(4 * p) + 3]) = (v, v, v, 255);
        }
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Png, 100);
        string path = Path.Combine(_root.FullName, $"halves-{width}x{height}.JPEG");
        File.WriteAllBytes(path, data.ToArray());
        return path;
    }

    private static byte Red(byte[] rgba, int y, int x) => rgba[((y * ImageNetCrop.Size) + x) * 4];

    [Fact]
    public void The_evaluation_crop_is_the_center_of_the_image_resized_to_256()
    {
        // 448×256 is already 256 on its shorter side; CenterCrop(224) starts at column (448 − 224) / 2 = 112, so the image's
        // edge at column 224 lands on output column 112.
        var rgba = ImageDecoder.Evaluation(Halves(448, 256, edge: 224));

        rgba.Length.Should().Be(224 * 224 * 4);
        Red(rgba, 100, 110).Should().Be(0);
        Red(rgba, 100, 114).Should().Be(255);
    }

    [Fact]
    public void The_flip_mirrors_the_same_crop()
    {
        string path = Halves(300, 200, edge: 100);
        var draws = Enumerable.Repeat(0.5, ImageNetCrop.Draws).ToArray();
        draws[^1] = 0.7;
        var plain = ImageDecoder.Training(path, draws);
        draws[^1] = 0.2;
        var flipped = ImageDecoder.Training(path, draws);

        for (int x = 0; x < ImageNetCrop.Size; x += 7)
        {
            Red(flipped, 50, x).Should().Be(Red(plain, 50, ImageNetCrop.Size - 1 - x));
        }
        Red(plain, 50, 0).Should().Be(0, "the crop starts left of the edge");
        Red(plain, 50, 223).Should().Be(255);
    }
}
