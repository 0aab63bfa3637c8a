using static TorchSharp.torch;

namespace RegionCount.Data;

public static partial class SyntheticData
{
    /// <summary>The seed stream used for label noise (the points use the seed itself).</summary>
    private const int LabelNoiseStream = 1;

    /// <summary>
    /// Flips exactly round(fraction·N) labels, chosen without replacement, each to a different class drawn
    /// uniformly; the choice comes from (seed, stream). Returns the new labels.
    /// </summary>
    internal static long[] FlipLabels(long[] labels, int classes, double fraction, int seed)
    {
        if (fraction is < 0 or > 1 || double.IsNaN(fraction))
        {
            throw new ArgumentOutOfRangeException(nameof(fraction), fraction, "label noise must be a fraction in [0, 1]");
        }
        var noisy = (long[])labels.Clone();
        var flips = (int)Math.Round(fraction * labels.Length, MidpointRounding.AwayFromZero);
        if (flips == 0)
        {
            return noisy;
        }
        var random = new Random(SeedMix.Combine(seed, LabelNoiseStream));
        var order = Enumerable.Range(0, labels.Length).ToArray();
        random.Shuffle(order);
        foreach (var i in order.AsSpan(0, flips))
        {
            var other = random.Next(classes - 1);
            noisy[i] = other >= labels[i] ? other + 1 : other;
        }
        return noisy;
    }

    private static ImageDataset Build(string name, double[,] points, int classes, int seed, double labelNoise)
    {
        var count = points.GetLength(0);
        var dimension = points.GetLength(1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var labels = FlipLabels([.. Enumerable.Range(0, count).Select(i => (long)(i % classes))], classes, labelNoise, seed);
        var values = new float[count * dimension];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < dimension; j++)
            {
                values[(i * dimension) + j] = (float)points[i, j];
            }
        }
        using var scope = NewDisposeScope();
        return new ImageDataset(name, tensor(values, [count, dimension, 1, 1]), tensor(labels), classes);
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    private static double Normal(Random random)
    {
        var u = 1 - random.NextDouble();
        var v = random.NextDouble();
        return Math.Sqrt(-2 * Math.Log(u)) * Math.Cos(2 * Math.PI * v);
    }
}
