using static TorchSharp.torch;

namespace RegionCount.Theory;

/// <summary>
/// Points on a line: parameters <c>t</c>, labels ±1 in alternating blocks, and the embedding x(t) = t·u + c
/// into d dimensions (u a random unit vector, c an offset orthogonal to u; d = 1 means x = t).
/// </summary>
public sealed class LineData
{
    private LineData(double[] t, double[] labels, double[] direction, double[] offset)
    {
        T = t;
        Labels = labels;
        Direction = direction;
        Offset = offset;
    }

    /// <summary>The line parameter of each point, increasing.</summary>
    public IReadOnlyList<double> T { get; }

    /// <summary>The label of each point (±1).</summary>
    public IReadOnlyList<double> Labels { get; }

    /// <summary>u: the unit direction of the line in input space.</summary>
    public IReadOnlyList<double> Direction { get; }

    /// <summary>c: the offset of the line (orthogonal to u).</summary>
    public IReadOnlyList<double> Offset { get; }

    public int Dimension => Direction.Count;

    /// <summary>
    /// <paramref name="count"/> points evenly spaced on [−1, 1], labels +1 for the first block of
    /// <paramref name="blockSize"/> points, then −1, alternating; embedded in <paramref name="dimension"/>
    /// dimensions by a seeded random isometry plus an offset of norm <paramref name="offsetNorm"/>.
    /// </summary>
    public static LineData Create(int count, int blockSize, int dimension, double offsetNorm, long seed)
    {
        if (count < 2)
        {
            throw new ArgumentOutOfRangeException(nameof(count), count, "line data: count must be at least 2");
        }
        if (blockSize < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(blockSize), blockSize, "line data: blockSize must be at least 1");
        }
        if (dimension < 1 || (dimension == 1 && offsetNorm != 0))
        {
            throw new ArgumentOutOfRangeException(nameof(dimension), dimension,
                "line data: dimension must be at least 1, and at least 2 when the offset is not zero");
        }
        var t = Enumerable.Range(0, count).Select(i => -1.0 + (2.0 * i / (count - 1))).ToArray();
        var labels = Enumerable.Range(0, count).Select(i => (i / blockSize) % 2 == 0 ? 1.0 : -1.0).ToArray();
        var (u, c) = Isometry(dimension, offsetNorm, seed);
        return new LineData(t, labels, u, c);
    }

    /// <summary>The points x(tᵢ) as an [n, d] double tensor.</summary>
    public Tensor Inputs(Device device) => At([.. T], device);

    /// <summary>x(t) for the given parameters as an [k, d] double tensor.</summary>
    public Tensor At(double[] t, Device device)
    {
        ArgumentNullException.ThrowIfNull(t);
        int d = Dimension;
        var x = new double[t.Length * d];
        for (int i = 0; i < t.Length; i++)
        {
            for (int k = 0; k < d; k++)
            {
                x[(i * d) + k] = (t[i] * Direction[k]) + Offset[k];
            }
        }
        return tensor(x, [t.Length, d], float64, device);
    }

    /// <summary>The labels as an [n] double tensor.</summary>
    public Tensor Targets(Device device) => tensor(Labels.ToArray(), float64, device);

    private static (double[] U, double[] C) Isometry(int dimension, double offsetNorm, long seed)
    {
        var random = new Random(unchecked((int)seed));
        if (dimension == 1)
        {
            return ([1.0], [0.0]);
        }
        var u = Unit(Gaussian(random, dimension));
        var c = Gaussian(random, dimension);
        double along = Dot(c, u);
        for (int k = 0; k < dimension; k++)
        {
            c[k] -= along * u[k];
        }
        c = Unit(c);
        for (int k = 0; k < dimension; k++)
        {
            c[k] *= offsetNorm;
        }
        return (u, c);
    }

    private static double[] Gaussian(Random random, int n) =>
        [.. Enumerable.Range(0, n).Select(_ => Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()))];

    private static double Dot(double[] a, double[] b) => a.Zip(b, (x, y) => x * y).Sum();

    private static double[] Unit(double[] v)
    {
        double norm = Math.Sqrt(Dot(v, v));
        return [.. v.Select(x => x / norm)];
    }
}
