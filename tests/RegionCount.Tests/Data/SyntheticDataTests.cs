using FluentAssertions;
using RegionCount.Data;
using Xunit;

namespace RegionCount.Tests.Data;

public sealed class SyntheticDataTests
{
    public static TheoryData<string> Names => ["moons", "circles", "spirals", "blobs", "gaussian-mixture"];

    [Theory]
    [MemberData(nameof(Names))]
    public void Shape_and_class_balance(string name)
    {
        using var data = Make(name, count: 101, seed: 1, labelNoise: 0);

        data.Count.Should().Be(101);
        data.Shape.Should().Be(new InputShape(2, 1, 1));
        var sizes = Counts(data);
        sizes.Should().HaveCount(data.Classes);
        (sizes.Max() - sizes.Min()).Should().BeLessThanOrEqualTo(1);
    }

    [Theory]
    [MemberData(nameof(Names))]
    public void Same_seed_same_data_other_seed_other_data(string name)
    {
        using var a = Make(name, 50, seed: 7, labelNoise: 0.2);
        using var b = Make(name, 50, seed: 7, labelNoise: 0.2);
        using var c = Make(name, 50, seed: 8, labelNoise: 0.2);

        a.Images.data<float>().ToArray().Should().Equal(b.Images.data<float>().ToArray());
        a.Labels.data<long>().ToArray().Should().Equal(b.Labels.data<long>().ToArray());
        a.Images.data<float>().ToArray().Should().NotEqual(c.Images.data<float>().ToArray());
    }

    [Theory]
    [InlineData(0.0, 0)]
    [InlineData(0.1, 20)]
    [InlineData(0.25, 50)]
    public void Label_noise_flips_exactly_that_fraction_and_keeps_the_points(double fraction, int flipped)
    {
        using var clean = SyntheticData.Blobs(200, seed: 3, classes: 4);
        using var noisy = SyntheticData.Blobs(200, seed: 3, classes: 4, labelNoise: fraction);

        noisy.Images.data<float>().ToArray().Should().Equal(clean.Images.data<float>().ToArray());
        var before = clean.Labels.data<long>().ToArray();
        var after = noisy.Labels.data<long>().ToArray();
        before.Zip(after).Count(p => p.First != p.Second).Should().Be(flipped);
        after.Should().OnlyContain(l => l >= 0 && l < 4);
    }

    [Fact]
    public void Label_noise_outside_0_1_is_rejected()
    {
        var act = () => SyntheticData.Moons(10, 0, labelNoise: 1.5);

        act.Should().Throw<ArgumentOutOfRangeException>().WithMessage("label noise must be a fraction in [0, 1]*");
    }

    [Fact]
    public void Noiseless_circles_have_radius_one_and_factor()
    {
        using var data = SyntheticData.Circles(40, seed: 2, noise: 0, factor: 0.3);

        var radii = Radii(data);
        var labels = data.Labels.data<long>().ToArray();
        for (var i = 0; i < radii.Length; i++)
        {
            radii[i].Should().BeApproximately(labels[i] == 0 ? 1 : 0.3, 1e-6);
        }
    }

    [Fact]
    public void Noiseless_moons_lie_on_their_half_circles()
    {
        using var data = SyntheticData.Moons(40, seed: 2, noise: 0);

        var xy = data.Images.data<float>().ToArray();
        var labels = data.Labels.data<long>().ToArray();
        for (var i = 0; i < labels.Length; i++)
        {
            // Class 0: unit circle around (0, 0), upper half; class 1: unit circle around (1, 0.5), lower half.
            var (cx, cy) = labels[i] == 0 ? (0.0, 0.0) : (1.0, 0.5);
            var (dx, dy) = (xy[2 * i] - cx, xy[(2 * i) + 1] - cy);
            Math.Sqrt((dx * dx) + (dy * dy)).Should().BeApproximately(1, 1e-6);
            (labels[i] == 0 ? dy : -dy).Should().BeGreaterThanOrEqualTo(-1e-6);
        }
    }

    [Fact]
    public void Noiseless_spiral_arms_are_rotated_copies()
    {
        using var data = SyntheticData.Spirals(300, seed: 4, arms: 3, noise: 0);

        var xy = data.Images.data<float>().ToArray();
        var labels = data.Labels.data<long>().ToArray();
        var radii = Radii(data);
        for (var i = 0; i < labels.Length; i++)
        {
            // Undo the arm's rotation and the winding: the remaining angle is 0 (mod 2π).
            var angle = Math.Atan2(xy[(2 * i) + 1], xy[2 * i]) - (2 * Math.PI * (radii[i] + (labels[i] / 3.0)));
            Math.Cos(angle).Should().BeApproximately(1, 1e-4);
            radii[i].Should().BeInRange(0.05 - 1e-6, 1 + 1e-6);
        }
    }

    [Fact]
    public void Gaussian_mixture_means_are_separation_apart_in_d_dimensions()
    {
        using var data = SyntheticData.GaussianMixture(6000, seed: 5, classes: 3, dimension: 5, separation: 4);

        data.Shape.Should().Be(new InputShape(5, 1, 1));
        var means = data.Images.reshape(2000, 3, 5).mean([0]).data<float>().ToArray();
        double Distance(int a, int b) => Math.Sqrt(Enumerable.Range(0, 5).Sum(j => Math.Pow(means[(a * 5) + j] - means[(b * 5) + j], 2)));
        // Each mean is estimated from 2000 unit-variance points (std error about 0.022 per coordinate).
        Distance(0, 1).Should().BeApproximately(4, 0.15);
        Distance(1, 2).Should().BeApproximately(4, 0.15);
        Distance(0, 2).Should().BeApproximately(4, 0.15);
    }

    [Fact]
    public void Blobs_have_the_requested_spread()
    {
        using var data = SyntheticData.Blobs(3000, seed: 6, classes: 3, dimension: 4, spread: 0.5);

        var std = data.Images.reshape(1000, 3, 4).std([0]).mean().item<float>();
        std.Should().BeApproximately(0.5f, 0.03f);
    }

    private static ImageDataset Make(string name, int count, int seed, double labelNoise) => name switch
    {
        "moons" => SyntheticData.Moons(count, seed, labelNoise: labelNoise),
        "circles" => SyntheticData.Circles(count, seed, labelNoise: labelNoise),
        "spirals" => SyntheticData.Spirals(count, seed, arms: 3, labelNoise: labelNoise),
        "blobs" => SyntheticData.Blobs(count, seed, classes: 4, labelNoise: labelNoise),
        _ => SyntheticData.GaussianMixture(count, seed, classes: 3, labelNoise: labelNoise),
    };

    private static int[] Counts(ImageDataset data)
    {
        var labels = data.Labels.data<long>().ToArray();
        return [.. Enumerable.Range(0, data.Classes).Select(k => labels.Count(l => l == k))];
    }

    private static double[] Radii(ImageDataset data)
    {
        var xy = data.Images.data<float>().ToArray();
        return [.. Enumerable.Range(0, data.Count).Select(i => Math.Sqrt((xy[2 * i] * xy[2 * i]) + (xy[(2 * i) + 1] * xy[(2 * i) + 1])))];
    }
}
