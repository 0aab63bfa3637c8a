using FluentAssertions;
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
