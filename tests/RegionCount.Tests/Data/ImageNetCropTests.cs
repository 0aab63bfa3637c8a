using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

/// <summary>The crop arithmetic of torchvision's ImageNet transforms, against values worked out by hand from
/// torchvision's code (transforms.functional.resize/_compute_resized_output_size, center_crop, RandomResizedCrop.get_params).</summary>
public sealed class ImageNetCropTests
{
    [Theory]
    [InlineData(500, 375, 341, 256)]  // the typical ImageNet image: int(256 · 500 / 375) = 341
    [InlineData(375, 500, 256, 341)]
    [InlineData(256, 256, 256, 256)]
    [InlineData(100, 60, 426, 256)]   // upscaled: int(256 · 100 / 60) = int(426.67)
    public void Resize_sets_the_shorter_side_to_256_and_truncates_the_longer(int w, int h, int rw, int rh) =>
        ImageNetCrop.Resized(w, h).Should().Be((rw, rh));

    [Fact]
    public void Center_crop_rounds_half_to_even_like_python()
    {
        // (341 − 224) / 2 = 58.5 → round() = 58 in Python 3; (256 − 224) / 2 = 16.
        ImageNetCrop.Center(341, 256).Should().Be(new ImageNetCrop.Crop(58, 16, 224, 224));
        // (343 − 224) / 2 = 59.5 → 60.
        ImageNetCrop.Center(343, 256).Left.Should().Be(60);
    }

    [Fact]
    public void The_first_try_that_fits_is_placed_by_the_position_draws()
    {
        // Every uniform 0.5: area 0.08 + 0.92 · 0.5 = 0.54 of 100 × 100, ratio e^0 = 1, side round(√5400) = round(73.48) = 73;
        // top = left = int(0.5 · (100 − 73 + 1)) = 14; 0.5 is not below 0.5: no flip.
        var draws = Enumerable.Repeat(0.5, ImageNetCrop.Draws).ToArray();

        ImageNetCrop.Training(100, 100, draws).Should().Be((new ImageNetCrop.Crop(14, 14, 73, 73), false));
    }

    [Fact]
    public void A_try_that_does_not_fit_is_skipped_and_the_flip_reads_the_last_draw()
    {
        var draws = Enumerable.Repeat(0.0, ImageNetCrop.Draws).ToArray();
        // Try 1: area 0.999 of 100 × 50, ratio e^(log 4/3 · 0.999 + log 3/4 · 0.001) ≈ 4/3: w = round(√(4995 · 1.3329)) = 82, h = 61 > 50.
        draws[0] = 0.999;
        draws[1] = 0.999;
        // Try 2: area 0.08 + 0.92 · 0.25 = 0.31 → 1550, ratio 1: w = h = round(39.37) = 39.
        draws[2] = 0.25;
        draws[3] = 0.5;
        draws[^3] = 0.99;  // top = min(50 − 39, int(0.99 · 12)) = 11
        draws[^2] = 0.0;   // left 0
        draws[^1] = 0.2;   // flip

        ImageNetCrop.Training(100, 50, draws).Should().Be((new ImageNetCrop.Crop(0, 11, 39, 39), true));
    }

    [Fact]
    public void After_ten_misses_the_whole_image_is_cropped_to_the_nearest_allowed_ratio()
    {
        // 1000 × 10: every try needs h ≥ √(800 / (4/3)) ≈ 24 > 10, so none fits; the fallback clamps the ratio 100 to 4/3:
        // w = round(10 · 4/3) = 13, h = 10, centered: left = (1000 − 13) // 2 = 493.
        var draws = Enumerable.Repeat(0.3, ImageNetCrop.Draws).ToArray();

        ImageNetCrop.Training(1000, 10, draws).Crop.Should().Be(new ImageNetCrop.Crop(493, 0, 13, 10));
    }

    [Fact]
    public void Too_few_draws_is_an_error()
    {
        var act = () => ImageNetCrop.Training(10, 10, new double[3]);

        act.Should().Throw<ArgumentException>().WithMessage("*reads 23 uniforms, got 3*");
    }
}
