using RegionCount.Data;
using RegionCount.Experiments;
using RegionCount.Training;
using static TorchSharp.torch;

namespace RegionCount.Regions;

public sealed partial class ProbeSet
{
    private const int MaxDrawAttempts = 1000;

    /// <summary>
    /// Draws the probes: endpoints are distinct data points of <paramref name="dataset"/> (distinct indices and
    /// distinct images), chosen by a System.Random seeded with <paramref name="seed"/>; ray directions come from a
    /// torch.Generator seeded with <paramref name="seed"/>. With <see cref="ProbeSplit.AugmentedTrain"/> every endpoint
    /// is then passed once through <see cref="Augmentation.CropAndFlip"/> (border <see cref="ProbeSettings.EndpointFill"/>),
    /// its offsets and flips from a third generator seeded from <paramref name="seed"/> alone
    /// (<see cref="SeedStreams.ProbeAugmentation"/>), so the draws of the other splits are unchanged. Same inputs → same probes.
    /// </summary>
    public static ProbeSet Create(ProbeSettings settings, ImageDataset dataset, int seed, Device device)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(dataset);
        ArgumentNullException.ThrowIfNull(device);
        settings.Validate();
        if (dataset.Count < settings.Endpoints)
        {
            throw new ArgumentException(
                $"{dataset.Name}: {dataset.Count} points, a {settings.Kind} probe needs {settings.Endpoints} distinct ones", nameof(dataset));
        }

        using var scope = NewDisposeScope();
        var random = new Random(seed);
        using var generator = new Generator((ulong)(uint)seed);
        using var augmentation = settings.Split == ProbeSplit.AugmentedTrain
            ? new Generator(SeedStreams.Derive(seed, 0, SeedStreams.ProbeAugmentation))
            : null;
        var features = dataset.Shape.Features;
        var grid = Grid(settings);
        var probes = new List<Probe>(settings.Count);
        var anchors = new List<Tensor>(settings.Count);
        var weights = new List<Tensor>(settings.Count);
        for (int p = 0; p < settings.Count; p++)
        {
            var (indices, endpoints) = DrawDistinct(random, dataset, settings);
            var points = endpoints.to(float64);
            if (augmentation is not null)
            {
                var shape = dataset.Shape;
                points = Augmentation.CropAndFlip(points.view(indices.Length, shape.Channels, shape.Height, shape.Width), augmentation, settings.EndpointFill)
                    .reshape(indices.Length, features);
            }
            switch (settings.Kind)
            {
                case ProbeKind.Ray:
                    {
                        var u = randn([features], float64, generator: generator);
                        u = u / u.norm() * settings.RayLength;
                        anchors.Add(stack([points[0], u]));
                        weights.Add(grid.Weights);
                        probes.Add(new Probe(p, indices, grid.Shape, grid.Axes, grid.Cells, null));
                        break;
                    }
                case ProbeKind.Plane:
                    {
                        var plane = PlaneGrid(points, settings);
                        anchors.Add(plane.Anchors);
                        weights.Add(plane.Weights);
                        probes.Add(new Probe(p, indices, grid.Shape, plane.Axes, grid.Cells, plane.Coordinates));
                        break;
                    }
                case ProbeKind.Segment:
                case ProbeKind.Simplex:
                    anchors.Add(points);
                    weights.Add(grid.Weights);
                    probes.Add(new Probe(p, indices, grid.Shape, grid.Axes, grid.Cells, null));
                    break;
                default:
                    throw new InvalidOperationException($"probe kind {settings.Kind}: no geometry");
            }
        }

        var anchorTensor = stack(anchors).to(float32).to(device);
        var weightTensor = stack(weights).to(device);
        return new ProbeSet(settings, dataset.Shape, probes, anchorTensor.DetachFromDisposeScope(), weightTensor.DetachFromDisposeScope());
    }

    /// <summary>Distinct indices and their images, flattened (k × F): only the drawn images are read, so a streamed split
    /// decodes a few files per probe.</summary>
    private static (int[] Indices, Tensor Points) DrawDistinct(Random random, ImageDataset dataset, ProbeSettings settings)
    {
        var count = dataset.Count;
        for (int attempt = 0; attempt < MaxDrawAttempts; attempt++)
        {
            var indices = new int[settings.Endpoints];
            for (int i = 0; i < indices.Length; i++)
            {
                int candidate;
                do
                {
                    candidate = random.Next(count);
                }
                while (indices.AsSpan(0, i).Contains(candidate));
                indices[i] = candidate;
            }
            var points = dataset.Select(tensor(indices.Select(i => (long)i).ToArray())).reshape(indices.Length, -1);
            if (Usable(points, settings.Kind))
            {
                return (indices, points);
            }
        }
        throw new ArgumentException(
            $"{dataset.Name}: no {settings.Endpoints} distinct (and, for a plane, non-collinear) points found in {MaxDrawAttempts} draws");
    }

    /// <summary>No two of the points (rows) are the same image, and a plane's three are not collinear.</summary>
    private static bool Usable(Tensor points, ProbeKind kind)
    {
        using var scope = NewDisposeScope();
        for (int i = 0; i < points.shape[0]; i++)
        {
            for (int j = i + 1; j < points.shape[0]; j++)
            {
                if (points[i].eq(points[j]).all().item<bool>())
                {
                    return false;
                }
            }
        }
        if (kind != ProbeKind.Plane)
        {
            return true;
        }
        var a = points[0].to(float64);
        var e1 = points[1].to(float64) - a;
        var w = points[2].to(float64) - a;
        var rest = w - (w.dot(e1) / e1.dot(e1)) * e1;
        return rest.norm().item<double>() > 1e-9 * w.norm().item<double>();
    }

    /// <summary>The shared coefficient grid of segment, ray and simplex probes (plane axes are per probe).</summary>
    private static (int[] Shape, double[][] Axes, int[] Cells, Tensor Weights) Grid(ProbeSettings settings)
    {
        switch (settings.Kind)
        {
            case ProbeKind.Segment:
            case ProbeKind.Ray:
                {
                    var alphas = Linspace(settings.Left, settings.Right, settings.Points);
                    var w = new double[alphas.Length * 2];
                    for (int i = 0; i < alphas.Length; i++)
                    {
                        w[2 * i] = settings.Kind == ProbeKind.Segment ? 1 - alphas[i] : 1;
                        w[(2 * i) + 1] = alphas[i];
                    }
                    return ([alphas.Length], [alphas], Enumerable.Range(0, alphas.Length).ToArray(), tensor(w, [alphas.Length, 2]));
                }
            case ProbeKind.Simplex:
                return SimplexGrid(settings.SimplexDimension, settings.EffectiveValuesPerAxis);
            case ProbeKind.Plane:
                {
                    var r = settings.PlaneResolution;
                    return ([r, r], [], Enumerable.Range(0, r * r).ToArray(), empty(0));
                }
            default:
                throw new InvalidOperationException($"probe kind {settings.Kind}: no grid");
        }
    }

    /// <summary>
    /// The masked simplex grid: cᵢ = iᵢ/(n−1) on an n^k grid, kept iff Σiᵢ ≤ n−1 (integer test on indices).
    /// Weights per kept cell: [1 − Σcᵢ, c₁, …, c_k].
    /// </summary>
    internal static (int[] Shape, double[][] Axes, int[] Cells, Tensor Weights) SimplexGrid(int k, int n)
    {
        var axis = Linspace(0, 1, n);
        var shape = Enumerable.Repeat(n, k).ToArray();
        var total = (int)Math.Pow(n, k);
        var cells = new List<int>();
        var w = new List<double>();
        var index = new int[k];
        for (int cell = 0; cell < total; cell++)
        {
            var rest = cell;
            var sum = 0;
            for (int d = k - 1; d >= 0; d--)
            {
                index[d] = rest % n;
                rest /= n;
                sum += index[d];
            }
            if (sum > n - 1)
            {
                continue;
            }
            cells.Add(cell);
            w.Add((double)(n - 1 - sum) / (n - 1));
            for (int d = 0; d < k; d++)
            {
                w.Add(axis[index[d]]);
            }
        }
        return (shape, Enumerable.Repeat(axis, k).ToArray(), cells.ToArray(), tensor(w.ToArray(), [cells.Count, k + 1]));
    }

    /// <summary>
    /// The dbViz plane: origin a, orthonormal e₁ ∥ (b−a), e₂ from (c−a) by Gram–Schmidt; the grid covers the
    /// bounding box of the three points' plane coordinates, widened by the margin on every side.
    /// </summary>
    private static (Tensor Anchors, Tensor Weights, double[][] Axes, double[][] Coordinates) PlaneGrid(Tensor points, ProbeSettings settings)
    {
        var a = points[0];
        var ab = points[1] - a;
        var ac = points[2] - a;
        var abNorm = ab.norm().item<double>();
        var e1 = ab / abNorm;
        var first = ac.dot(e1).item<double>();
        var orth = ac - (first * e1);
        var e2 = orth / orth.norm();
        var second = ac.dot(e2).item<double>();
        double[][] coordinates = [[0, 0], [abNorm, 0], [first, second]];
        var r = settings.PlaneResolution;
        var us = Axis(coordinates.Select(c => c[0]), settings.PlaneMargin, r);
        var vs = Axis(coordinates.Select(c => c[1]), settings.PlaneMargin, r);
        var w = new double[r * r * 3];
        for (int i = 0; i < r; i++)
        {
            for (int j = 0; j < r; j++)
            {
                var cell = (i * r) + j;
                w[3 * cell] = 1;
                w[(3 * cell) + 1] = us[i];
                w[(3 * cell) + 2] = vs[j];
            }
        }
        return (stack([a, e1, e2]), tensor(w, [r * r, 3]), [us, vs], coordinates);
    }

    private static double[] Axis(IEnumerable<double> values, double margin, int count)
    {
        var list = values.ToArray();
        var lo = list.Min();
        var hi = list.Max();
        var length = hi - lo;
        return Linspace(lo - (margin * length), hi + (margin * length), count);
    }

    /// <summary>count values from lo to hi, both included (computed as lo + i·step, the last set to hi exactly).</summary>
    internal static double[] Linspace(double lo, double hi, int count)
    {
        var values = new double[count];
        for (int i = 0; i < count; i++)
        {
            values[i] = lo + ((hi - lo) * i / (count - 1));
        }
        values[^1] = hi;
        return values;
    }
}
