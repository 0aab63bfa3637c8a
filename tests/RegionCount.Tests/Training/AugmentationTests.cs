using FluentAssertions;
using RegionCount.Data;
using RegionCount.Training;
using Xunit;
using static TorchSharp.torch;

namespace RegionCount.Tests.Training;

public sealed class AugmentationTests
{
    private static Tensor Images(int n) =>
        arange(n * 2 * 6 * 5, dtype: float32).view(n, 2, 6, 5) + 1;  // all distinct, none zero

    [Fact]
    public void Shape_is_kept_and_the_input_is_untouched()
    {
        using var images = Images(8);
        using var copy = images.clone();
        using var generator = new Generator(1);

        using var result = Augmentation.CropAndFlip(images, generator);

        result.shape.Should().Equal(8, 2, 6, 5);
        images.allclose(copy, 0, 0).Should().BeTrue();
    }

    [Fact]
    public void The_same_seed_gives_the_same_batch_and_another_seed_another()
    {
        using var images = Images(16);
        using var g1 = new Generator(7);
        using var g2 = new Generator(7);
        using var g3 = new Generator(8);

        using var a = Augmentation.CropAndFlip(images, g1);
        using var b = Augmentation.CropAndFlip(images, g2);
        using var c = Augmentation.CropAndFlip(images, g3);

        a.allclose(b, 0, 0).Should().BeTrue();
        a.allclose(c, 0, 0).Should().BeFalse();
    }

    [Fact]
    public void Every_image_is_a_shifted_crop_of_the_zero_padded_input_possibly_flipped_and_both_kinds_occur()
    {
        const int n = 64;
        using var images = Images(n);
        using var generator = new Generator(3);
        using var result = Augmentation.CropAndFlip(images, generator);
        var input = images.data<float>().ToArray();
        var output = result.data<float>().ToArray();

        int flips = 0, shifts = 0;
        for (int k = 0; k < n; k++)
        {
            var matches = new List<(int Dy, int Dx, bool Flip)>();
            for (int dy = -4; dy <= 4; dy++)
            {
                for (int dx = -4; dx <= 4; dx++)
                {
                    foreach (bool flip in new[] { false, true })
                    {
                        if (Matches(input, output, k, dy, dx, flip))
                        {
                            matches.Add((dy, dx, flip));
                        }
                    }
                }
            }
            matches.Should().ContainSingle($"image {k} must be exactly one crop/flip of its input");
            flips += matches[0].Flip ? 1 : 0;
            shifts += matches[0].Dy != 0 || matches[0].Dx != 0 ? 1 : 0;
        }
        flips.Should().BeInRange(16, 48, "p = 0.5 over 64 images");
        shifts.Should().BeGreaterThan(48, "80 of 81 offsets shift");
    }

    [Fact]
    public void A_black_border_holds_a_raw_black_pixel_normalized_and_the_crop_is_otherwise_the_zero_border_crop()
    {
        // Raw CIFAR-100-shaped pixels in (0, 1], none black; normalized as the run's data is.
        const int n = 32;
        var normalization = ChannelNormalization.Cifar100;
        using var raw = new ImageDataset("raw", (arange(n * 3 * 6 * 5, dtype: float32).view(n, 3, 6, 5) + 1) / (n * 3 * 6 * 5), zeros(n, dtype: int64), 100);
        using var normalized = normalization.Apply(raw);
        using var black = new ImageDataset("black", zeros(1, 3, 1, 1), zeros(1, dtype: int64), 100);
        using var normalizedBlack = normalization.Apply(black);
        var blackValues = normalizedBlack.Images.data<float>().ToArray();   // what a raw 0 becomes, per channel
        using var g1 = new Generator(5);
        using var g2 = new Generator(5);
        using var g3 = new Generator(5);

        using var withBlack = Augmentation.CropAndFlip(normalized.Images, g1, normalization.Black);
        using var withZero = Augmentation.CropAndFlip(normalized.Images, g2);
        using var marker = Augmentation.CropAndFlip(ones(n, 3, 6, 5), g3);   // 0 exactly where the border shows

        var b = withBlack.data<float>().ToArray();
        var z = withZero.data<float>().ToArray();
        var m = marker.data<float>().ToArray();
        int border = 0;
        for (int i = 0; i < b.Length; i++)
        {
            int channel = i / (6 * 5) % 3;
            if (m[i] == 0)
            {
                border++;
                b[i].Should().Be(blackValues[channel], "the border of channel {0} is a normalized black pixel", channel);
            }
            else
            {
                b[i].Should().Be(z[i], "inside the image the same offsets and flips pick the same pixel");
            }
        }
        border.Should().BeGreaterThan(0, "some of 32 crops are shifted");
        blackValues[0].Should().BeApproximately(-0.5071f / 0.2675f, 1e-6f);
        ChannelNormalization.Cifar10.Black[0].Should().BeApproximately(-2.429f, 5e-4f, "the issue's ≈ −2.4 for CIFAR-10");
    }

    /// <summary>Reference: out[c, i, j] = in[c, i + dy, j' + dx] (0 outside), j' = flip ? W − 1 − j : j.</summary>
    private static bool Matches(float[] input, float[] output, int k, int dy, int dx, bool flip)
    {
        const int c = 2, h = 6, w = 5;
        for (int ch = 0; ch < c; ch++)
        {
            for (int i = 0; i < h; i++)
            {
                for (int j = 0; j < w; j++)
                {
                    int jj = (flip ? w - 1 - j : j) + dx, ii = i + dy;
                    float expected = ii is >= 0 and < h && jj is >= 0 and < w ? input[(((k * c) + ch) * h * w) + (ii * w) + jj] : 0f;
                    if (output[(((k * c) + ch) * h * w) + (i * w) + j] != expected)
                    {
                        return false;
                    }
                }
            }
        }
        return true;
    }
}
