using SkiaSharp;

namespace RegionCount.Data;

/// <summary>
/// Decodes one image file with SkiaSharp (Skia's JPEG, PNG, BMP and WebP codecs, chosen by content, so a PNG named
/// .JPEG is read as what it is) and cuts it to one 224×224 RGBA input (<see cref="ImageNetCrop"/>). Pixels are decoded
/// as stored: no colour-space conversion and no EXIF rotation (PIL's Image.open, which torchvision's loader uses, does
/// neither); alpha is dropped. Resampling is bilinear between the two nearest mipmap levels (antialiased when
/// shrinking), close to but not bit-identical with PIL's antialiased bilinear filter. A file Skia cannot decode, or
/// decodes only in part (a truncated JPEG, which PIL refuses too), is an <see cref="InvalidDataException"/> naming it.
/// </summary>
internal static class ImageDecoder
{
    private static readonly SKSamplingOptions Sampling = new(SKFilterMode.Linear, SKMipmapMode.Linear);

    /// <summary>Resize(256) + CenterCrop(224): 224·224·4 bytes, RGBA row by row.</summary>
    public static byte[] Evaluation(string path)
    {
        using var image = Decode(path);
        var (width, height) = ImageNetCrop.Resized(image.Width, image.Height);
        using var resized = Resize(image, width, height, path);
        var crop = ImageNetCrop.Center(width, height);
        return Pixels(resized, crop, flip: false);
    }

    /// <summary>RandomResizedCrop(224) + flip from the image's own <see cref="ImageNetCrop.Draws"/> uniforms.</summary>
    public static byte[] Training(string path, ReadOnlySpan<double> uniforms)
    {
        using var image = Decode(path);
        var (crop, flip) = ImageNetCrop.Training(image.Width, image.Height, uniforms);
        using var part = new SKBitmap();
        if (!image.ExtractSubset(part, SKRectI.Create(crop.Left, crop.Top, crop.Width, crop.Height)))
        {
            throw new InvalidDataException($"{path}: crop {crop} outside the {image.Width}×{image.Height} image");
        }
        using var resized = Resize(part, ImageNetCrop.Size, ImageNetCrop.Size, path);
        return Pixels(resized, new ImageNetCrop.Crop(0, 0, ImageNetCrop.Size, ImageNetCrop.Size), flip);
    }

    /// <summary>The whole image as unpremultiplied RGBA.</summary>
    public static SKBitmap Decode(string path)
    {
        using var stream = File.OpenRead(path);
        using var codec = SKCodec.Create(stream, out var result)
            ?? throw new InvalidDataException($"{path}: not an image SkiaSharp can decode ({result})");
        var info = new SKImageInfo(codec.Info.Width, codec.Info.Height, SKColorType.Rgba8888, SKAlphaType.Unpremul);
        var bitmap = new SKBitmap(info);
        result = codec.GetPixels(info, bitmap.GetPixels());
        if (result != SKCodecResult.Success)
        {
            bitmap.Dispose();
            throw new InvalidDataException($"{path}: SkiaSharp could not decode the whole image ({result})");
        }
        return bitmap;
    }

    private static SKBitmap Resize(SKBitmap image, int width, int height, string path)
    {
        var resized = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Unpremul));
        if (!image.ScalePixels(resized, Sampling))
        {
            resized.Dispose();
            throw new InvalidDataException($"{path}: SkiaSharp could not resize the image to {width}×{height}");
        }
        return resized;
    }

    /// <summary>The crop's RGBA bytes, rows top to bottom, each mirrored when <paramref name="flip"/>.</summary>
    private static byte[] Pixels(SKBitmap image, ImageNetCrop.Crop crop, bool flip)
    {
        var source = image.GetPixelSpan();
        int rowBytes = image.RowBytes;
        var pixels = new byte[crop.Width * crop.Height * 4];
        for (int y = 0; y < crop.Height; y++)
        {
            for (int x = 0; x < crop.Width; x++)
            {
                int from = ((crop.Top + y) * rowBytes) + ((crop.Left + (flip ? crop.Width - 1 - x : x)) * 4);
                source.Slice(from, 4).CopyTo(pixels.AsSpan(((y * crop.Width) + x) * 4, 4));
            }
        }
        return pixels;
    }
}
