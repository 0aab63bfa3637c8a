namespace RegionCount.Data;

public static partial class SyntheticData
{
    /// <summary>
    /// Isotropic Gaussian blobs (as scikit-learn's make_blobs): class centres drawn uniformly in [-10, 10]^d from
    /// the seed, points with standard deviation <paramref name="spread"/> around them.
    /// </summary>
    public static ImageDataset Blobs(int count, int seed, int classes = 3, int dimension = 2, double spread = 1, double labelNoise = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        var random = new Random(seed);
        var centres = new double[classes, dimension];
        for (var k = 0; k < classes; k++)
        {
            for (var j = 0; j < dimension; j++)
            {
                centres[k, j] = -10 + (20 * random.NextDouble());
            }
        }
        return Around("blobs", centres, count, spread, random, seed, labelNoise);
    }

    /// <summary>
    /// A mixture of unit-variance Gaussians in d dimensions whose means are <paramref name="separation"/> apart:
    /// with classes ≤ d the means are (separation/√2)·e_k, pairwise exactly <paramref name="separation"/> apart;
    /// with more classes they are (separation/√2)·u_k for seeded random unit vectors u_k.
    /// </summary>
    public static ImageDataset GaussianMixture(int count, int seed, int classes = 2, int dimension = 2, double separation = 3, double labelNoise = 0)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(classes, 2);
        ArgumentOutOfRangeException.ThrowIfLessThan(dimension, 1);
        var random = new Random(seed);
        var scale = separation / Math.Sqrt(2);
        var means = new double[classes, dimension];
        for (var k = 0; k < classes; k++)
        {
            if (classes <= dimension)
            {
                means[k, k] = scale;
                continue;
            }
            var direction = Enumerable.Range(0, dimension).Select(_ => Normal(random)).ToArray();
            var norm = Math.Sqrt(direction.Sum(v => v * v));
            for (var j = 0; j < dimension; j++)
            {
                means[k, j] = scale * direction[j] / norm;
            }
        }
        return Around("gaussian-mixture", means, count, 1, random, seed, labelNoise);
    }

    private static ImageDataset Around(string name, double[,] centres, int count, double std, Random random, int seed, double labelNoise)
    {
        var classes = centres.GetLength(0);
        var dimension = centres.GetLength(1);
        var points = new double[count, dimension];
        for (var i = 0; i < count; i++)
        {
            for (var j = 0; j < dimension; j++)
            {
                points[i, j] = centres[i % classes, j] + (std * Normal(random));
            }
        }
        return Build(name, points, classes, seed, labelNoise);
    }
}
