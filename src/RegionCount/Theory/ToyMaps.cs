using static TorchSharp.torch;

namespace RegionCount.Theory;

/// <summary>
/// The authors' toy: three collinear points (1, 0), (−1, 0), (0, 0) with labels 1, 1, 0; a 2→5→1 ReLU network
/// with sigmoid output and binary cross-entropy, trained by full-batch gradient descent (no momentum) for a fixed
/// number of steps from the same seeded initialization at every learning rate (weights and biases uniform on
/// ±1/√fan_in, PyTorch's default scale), in double precision. Decision regions are read on a grid over [−2, 2]².
/// </summary>
public static class ToyMaps
{
    /// <summary>The paper's learning rates.</summary>
    public static IReadOnlyList<double> PaperLearningRates { get; } = [10, 1, 0.1, 0.01, 0.001, 0.0001];

    /// <summary>Trains one network per learning rate and returns its decision map.</summary>
    public static IReadOnlyList<ToyMap> Compute(Device device, IReadOnlyList<double>? learningRates = null, int steps = 2000,
        long seed = 0, int gridSize = 101)
    {
        ArgumentNullException.ThrowIfNull(device);
        var rates = learningRates ?? PaperLearningRates;
        if (rates.Count == 0 || rates.Any(r => !(r > 0)))
        {
            throw new ArgumentOutOfRangeException(nameof(learningRates), "toy maps: learning rates must be positive and at least one");
        }
        ArgumentOutOfRangeException.ThrowIfLessThan(steps, 0);
        ArgumentOutOfRangeException.ThrowIfLessThan(gridSize, 2);
        using var scope = NewDisposeScope();
        int runs = rates.Count;
        var x = tensor(new double[] { 1, 0, -1, 0, 0, 0 }, [3, 2], float64, device);
        var y = tensor(new double[] { 1, 1, 0 }, float64, device).expand(runs, 3);
        var parameters = Initialize(runs, seed, device);
        var lr = tensor([.. rates], float64, device);

        for (int step = 0; step < steps; step++)
        {
            using var stepScope = NewDisposeScope();
            var loss = nn.functional.binary_cross_entropy_with_logits(Logits(parameters, x), y, reduction: nn.Reduction.None).mean([1]);
            var grads = autograd.grad([loss.sum()], parameters);
            using (no_grad())
            {
                for (int i = 0; i < parameters.Length; i++)
                {
                    var shape = Enumerable.Repeat(1L, (int)parameters[i].dim()).ToArray();
                    shape[0] = runs;
                    parameters[i].sub_(lr.reshape(shape) * grads[i]);
                }
            }
        }

        using var noGrad = no_grad();
        var finalLoss = nn.functional.binary_cross_entropy_with_logits(Logits(parameters, x), y, reduction: nn.Reduction.None)
            .mean([1]).cpu().data<double>().ToArray();
        var trainLogits = Logits(parameters, x).cpu().data<double>().ToArray();
        var axis = Enumerable.Range(0, gridSize).Select(i => -2.0 + (4.0 * i / (gridSize - 1))).ToArray();
        var grid = new double[gridSize * gridSize * 2];
        for (int i = 0; i < gridSize; i++)
        {
            for (int j = 0; j < gridSize; j++)
            {
                grid[(((i * gridSize) + j) * 2) + 0] = axis[j];
                grid[(((i * gridSize) + j) * 2) + 1] = axis[i];
            }
        }
        var gridLogits = Logits(parameters, tensor(grid, [gridSize * gridSize, 2], float64, device)).cpu().data<double>().ToArray();
        double[] targets = [1, 1, 0];
        var maps = new List<ToyMap>();
        for (int r = 0; r < runs; r++)
        {
            var labels = new int[gridSize, gridSize];
            for (int i = 0; i < gridSize; i++)
            {
                for (int j = 0; j < gridSize; j++)
                {
                    labels[i, j] = gridLogits[(r * gridSize * gridSize) + (i * gridSize) + j] > 0 ? 1 : 0;
                }
            }
            int correct = Enumerable.Range(0, 3).Count(k => (trainLogits[(r * 3) + k] > 0 ? 1 : 0) == (int)targets[k]);
            maps.Add(new ToyMap(rates[r], axis, labels, GridRegions.Count(labels), finalLoss[r], correct));
        }
        return maps;
    }

    /// <summary>Logits [R, n] of R networks W1 [R, 5, 2], b1 [R, 5], W2 [R, 5], b2 [R] at inputs [n, 2].</summary>
    private static Tensor Logits(Tensor[] p, Tensor x)
    {
        var hidden = nn.functional.relu(matmul(p[0], x.t()) + p[1].unsqueeze(-1));
        return matmul(p[2].unsqueeze(1), hidden).squeeze(1) + p[3].unsqueeze(-1);
    }

    private static Tensor[] Initialize(int runs, long seed, Device device)
    {
        using var generator = new TorchSharp.torch.Generator((ulong)seed, CPU);
        Tensor Uniform(long[] shape, double bound) => ((rand(shape, float64, CPU, generator: generator) * 2) - 1) * bound;
        var w1 = Uniform([5, 2], 1 / Math.Sqrt(2));
        var b1 = Uniform([5], 1 / Math.Sqrt(2));
        var w2 = Uniform([5], 1 / Math.Sqrt(5));
        var b2 = Uniform([1], 1 / Math.Sqrt(5)).squeeze();
        return [.. new[] { w1, b1, w2, b2 }.Select(t =>
            t.unsqueeze(0).expand([runs, .. t.shape]).clone().to(device).requires_grad_(true))];
    }
}
