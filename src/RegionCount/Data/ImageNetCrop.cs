namespace RegionCount.Data;

/// <summary>
/// The crops of torchvision's ImageNet transforms, as rectangles of the decoded image (pure arithmetic, no decoding).
/// Training: RandomResizedCrop(224, scale (0.08, 1), ratio (3/4, 4/3)) then RandomHorizontalFlip(0.5). Evaluation:
/// Resize(256) (shorter side to 256) then CenterCrop(224). Python's round (half to even) and int (truncation) are
/// reproduced where torchvision uses them.
/// </summary>
public static class ImageNetCrop
{
    /// <summary>The side of every input (224).</summary>
    public const int Size = 224;

    /// <summary>The shorter side before the evaluation crop (256).</summary>
    public const int ResizeTo = 256;

    public const double MinScale = 0.08;
    public const double MaxScale = 1.0;
    public const double MinRatio = 3.0 / 4.0;
    public const double MaxRatio = 4.0 / 3.0;

    /// <summary>Tries of RandomResizedCrop before its fallback.</summary>
    public const int Attempts = 10;

    /// <summary>Uniform [0, 1) numbers one training crop reads: two per try, two for the position, one for the flip.
    /// Always drawn in full, so each image's crop depends on its own row of draws only.</summary>
    public const int Draws = (2 * Attempts) + 3;

    /// <summary>The input shape, 3×224×224.</summary>
    public static InputShape Shape { get; } = new(3, Size, Size);

    /// <summary>RandomResizedCrop's rectangle and the flip, from <see cref="Draws"/> uniforms in [0, 1): per try, the area
    /// fraction uniform in [0.08, 1] and the log aspect ratio uniform in [log 3/4, log 4/3], w = round(√(area·ratio)),
    /// h = round(√(area/ratio)); the first try that fits is placed uniformly (top in [0, H − h], left in [0, W − w]);
    /// after 10 misses the centered crop of the whole image with its ratio clamped to [3/4, 4/3]. Flip when the last
    /// uniform is below 0.5.</summary>
    public static (Crop Crop, bool Flip) Training(int width, int height, ReadOnlySpan<double> uniforms)
    {
        if (uniforms.Length < Draws)
        {
            throw new ArgumentException($"a training crop reads {Draws} uniforms, got {uniforms.Length}", nameof(uniforms));
        }
        bool flip = uniforms[Draws - 1] < 0.5;
        double area = (double)width * height;
        double logLow = Math.Log(MinRatio), logHigh = Math.Log(MaxRatio);
        for (int attempt = 0; attempt < Attempts; attempt++)
        {
            double target = area * (MinScale + ((MaxScale - MinScale) * uniforms[2 * attempt]));
            double ratio = Math.Exp(logLow + ((logHigh - logLow) * uniforms[(2 * attempt) + 1]));
            int w = (int)Math.Round(Math.Sqrt(target * ratio), MidpointRounding.ToEven);
            int h = (int)Math.Round(Math.Sqrt(target / ratio), MidpointRounding.ToEven);
            if (w > 0 && w <= width && h > 0 && h <= height)
            {
                int top = Math.Min(height - h, (int)(uniforms[2 * Attempts] * (height - h + 1)));
                int left = Math.Min(width - w, (int)(uniforms[(2 * Attempts) + 1] * (width - w + 1)));
                return (new Crop(left, top, w, h), flip);
            }
        }
        double whole = (double)width / height;
        var (fw, fh) = whole < MinRatio ? (width, (int)Math.Round(width / MinRatio, MidpointRounding.ToEven))
            : whole > MaxRatio ? ((int)Math.Round(height * MaxRatio, MidpointRounding.ToEven), height)
            : (width, height);
        return (new Crop((width - fw) / 2, (height - fh) / 2, fw, fh), flip);
    }

    /// <summary>Resize(256)'s output size: the shorter side 256, the longer int(256 · long / short).</summary>
    public static (int Width, int Height) Resized(int width, int height)
    {
        if (width <= height)
        {
            return (ResizeTo, (int)((long)ResizeTo * height / width));
        }
        return ((int)((long)ResizeTo * width / height), ResizeTo);
    }

    /// <summary>CenterCrop(224) of the resized image: top = round((H − 224) / 2), left = round((W − 224) / 2).</summary>
    public static Crop Center(int resizedWidth, int resizedHeight) => new(
        (int)Math.Round((resizedWidth - Size) / 2.0, MidpointRounding.ToEven),
        (int)Math.Round((resizedHeight - Size) / 2.0, MidpointRounding.ToEven), Size, Size);

    /// <summary>A rectangle of pixels.</summary>
    public readonly record struct Crop(int Left, int Top, int Width, int Height);
}
