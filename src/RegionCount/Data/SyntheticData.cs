namespace RegionCount.Data;

/// <summary>
/// Seeded synthetic classification sets, returned as <see cref="ImageDataset"/> with shape (d, 1, 1). Example i
/// has class i mod classes, so classes differ in size by at most one. Each generator draws the points from
/// <c>seed</c> and the label noise from a separate stream of it, so a noisy set has exactly the points of its
/// clean twin and differs only in the flipped labels.
/// </summary>
public static partial class SyntheticData
{
    /// <summary>Two interleaving half circles (as scikit-learn's make_moons) with Gaussian noise of std <paramref name="noise"/>.</summary>
    public static ImageDataset Moons(int count, int seed, double noise = 0.1, double labelNoise = 0)
    {
        var random = new Random(seed);
        var points = new double[count, 2];
        for (var i = 0; i < count; i++)
        {
            var t = Math.PI * random.NextDouble();
            var (x, y) = i % 2 == 0 ? (Math.Cos(t), Math.Sin(t)) : (1 - Math.Cos(t), 0.5 - Math.Sin(t));
            points[i, 0] = x + (noise * Normal(random));
            points[i, 1] = y + (noise * Normal(random));
        }
        return Build("moons", points, 2, seed, labelNoise);
    }

    /// <summary>Two concentric circles: class 0 of radius 1, class 1 of radius <paramref name="factor"/>.</summary>
    public static ImageDataset Circles(int count, int seed, double noise = 0.05, double factor = 0.5, double labelNoise = 0)
    {
        if (factor is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "circles: factor (inner radius) must lie in (0, 1)");
        }
        var random = new Random(seed);
        var points = new double[count, 2];
        for (var i = 0; i < count; i++)
        {
            var t = 2 * Math.PI * random.NextDouble();
            var r = i % 2 == 0 ? 1.0 : factor;
            points[i, 0] = (r * Math.Cos(t)) + (noise * Normal(random));
            points[i, 1] = (r * Math.Sin(t)) + (noise * Normal(random));
        }
        return Build("circles", points, 2, seed, labelNoise);
    }

    /// <summary>
    /// <paramref name="arms"/> interleaved spiral arms, one class each: arm k at radius r ∈ [0.05, 1] has angle
    /// 2π·(turns·r + k/arms).
    /// </summary>
    public static ImageDataset Spirals(int count, int seed, int arms = 2, double noise = 0.02, double turns = 1, double labelNoise = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(arms, 2);
        var random = new Random(seed);
        var points = new double[count, 2];
        for (var i = 0; i < count; i++)
        {
            var r = 0.05 + (0.95 * random.NextDouble());
            var angle = 2 * Math.PI * ((turns * r) + ((double)(i % arms) / arms));
            points[i, 0] = (r * Math.Cos(angle)) + (noise * Normal(random));
            points[i, 1] = (r * Math.Sin(angle)) + (noise * Normal(random));
        }
        return Build("spirals", points, arms, seed, labelNoise);
    }
}
