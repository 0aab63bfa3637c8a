using System.Diagnostics;
using System.Globalization;
using System.Runtime.InteropServices;
using RegionCount.Data;
using RegionCount.Experiments;
using SkiaSharp;

namespace RegionCount.Benchmarks;

/// <summary>
/// The ImageNet part of <see cref="CostModel"/>: which runs are ImageNet's, the stated epoch assumption, and the measured
/// cost of decoding one ImageNet-sized JPEG (500×375, the most common size in ILSVRC-2012's training set, quality 90,
/// seeded noise on a gradient so that it compresses like a photograph more than a flat image does) with the training
/// and the evaluation transform on one core here.
/// </summary>
internal static class ImageNetCost
{
    /// <summary>The assumed seconds of one ImageNet-1k training epoch of the 224×224 ResNet18 on one GPU, decoding included.</summary>
    public const double DefaultEpochSeconds = 1_200;

    public static long TrainImages => KnownNames.DatasetSizes["imagenet"].Train;

    /// <summary>Batches of the CPU timing at 224×224 (smaller than the CIFAR ones: a step of 32 images at 224 takes seconds).</summary>
    public const int TrainBatch = 8;

    public const int InferBatch = 16;

    public static bool IsImageNet(string model) => model == "resnet18-imagenet";

    /// <summary>"decoding one 500x375 JPEG on one core here: … ms (training transform), … ms (evaluation transform)".</summary>
    public static string DecodeReport()
    {
        string path = Path.Combine(Path.GetTempPath(), $"rc-cost-{Environment.ProcessId}.JPEG");
        File.WriteAllBytes(path, Jpeg(500, 375));
        try
        {
            var uniforms = new double[ImageNetCrop.Draws];
            var random = new Random(1);
            double Train()
            {
                for (int i = 0; i < uniforms.Length; i++)
                {
                    uniforms[i] = random.NextDouble();
                }
                return Time(() => ImageDecoder.Training(path, uniforms));
            }
            double Eval() => Time(() => ImageDecoder.Evaluation(path));
            Train();
            Eval();
            double train = Enumerable.Range(0, 21).Select(_ => Train()).Order().ElementAt(10);
            double eval = Enumerable.Range(0, 21).Select(_ => Eval()).Order().ElementAt(10);
            return string.Create(CultureInfo.InvariantCulture,
                $"decoding one 500x375 JPEG on one core here (median of 21): {1000 * train:0.0} ms with the training transform, {1000 * eval:0.0} ms with the evaluation one; an ImageNet epoch is {TrainImages * train / 3600:0.0} core-hours of decoding");
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static double Time(Func<byte[]> decode)
    {
        var clock = Stopwatch.StartNew();
        _ = decode();
        return clock.Elapsed.TotalSeconds;
    }

    private static byte[] Jpeg(int width, int height)
    {
        var random = new Random(2);
        var pixels = new byte[width * height * 4];
        random.NextBytes(pixels);
        for (int p = 0; p < width * height; p++)
        {
            int x = p % width, y = p / width;
            pixels[4 * p] = (byte)((x * 255 / width) ^ (pixels[4 * p] & 0x1F));
            pixels[(4 * p) + 1] = (byte)((y * 255 / height) ^ (pixels[(4 * p) + 1] & 0x1F));
            pixels[(4 * p) + 3] = 255;
        }
        using var bitmap = new SKBitmap(new SKImageInfo(width, height, SKColorType.Rgba8888, SKAlphaType.Opaque));
        Marshal.Copy(pixels, 0, bitmap.GetPixels(), pixels.Length);
        using var data = bitmap.Encode(SKEncodedImageFormat.Jpeg, 90);
        return data.ToArray();
    }
}
