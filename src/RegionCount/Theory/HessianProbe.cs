using static TorchSharp.torch;

namespace RegionCount.Theory;

/// <summary>
/// Hessian-vector products by double backward (torch.autograd.grad with create_graph), and power iteration on
/// them. Parameters are batched: dimension 0 of every parameter tensor indexes independent runs whose summed loss
/// has a block-diagonal Hessian, so one product serves all runs and each run gets its own eigenvalue.
/// </summary>
public static class HessianProbe
{
    /// <summary>H·v for the scalar <paramref name="loss"/> of <paramref name="parameters"/> (which require grad).</summary>
    public static Tensor[] Product(Func<Tensor> loss, IReadOnlyList<Tensor> parameters, IReadOnlyList<Tensor> v)
    {
        ArgumentNullException.ThrowIfNull(loss);
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentNullException.ThrowIfNull(v);
        var grads = autograd.grad([loss()], [.. parameters], retain_graph: true, create_graph: true);
        Tensor dot = zeros([], float64, parameters[0].device);
        for (int i = 0; i < grads.Count; i++)
        {
            dot = dot + (grads[i] * v[i]).sum();
        }
        var hv = autograd.grad([dot], [.. parameters]);
        return [.. hv.Select(h => h.detach())];
    }

    /// <summary>
    /// The dominant eigenvalue (largest in magnitude; the top one at a minimum) of each run's Hessian block, as
    /// the Rayleigh quotient of a power iteration from a seeded random start. Stops after
    /// <paramref name="maxIterations"/> or when every run's estimate changes by less than
    /// <paramref name="relativeTolerance"/> in one step.
    /// </summary>
    public static double[] TopEigenvalues(Func<Tensor> loss, IReadOnlyList<Tensor> parameters, long seed,
        int maxIterations = 1000, double relativeTolerance = 1e-10)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxIterations, 1);
        using var scope = NewDisposeScope();
        using var generator = new TorchSharp.torch.Generator((ulong)seed, CPU);
        long runs = parameters[0].shape[0];
        var v = Normalize([.. parameters.Select(p => randn(p.shape, float64, CPU, generator: generator).to(p.device))], runs);
        var previous = new double[runs];
        var estimate = new double[runs];
        for (int iteration = 0; iteration < maxIterations; iteration++)
        {
            using var step = NewDisposeScope();
            var hv = Product(loss, parameters, v);
            var rayleigh = PerRun(v, hv, runs);
            estimate = rayleigh.cpu().data<double>().ToArray();
            var next = Normalize(hv, runs);
            foreach (var t in next)
            {
                t.MoveToOuterDisposeScope();
            }
            v = next;
            bool settled = iteration > 0 && estimate.Zip(previous).All(e => Math.Abs(e.First - e.Second) <= relativeTolerance * Math.Max(Math.Abs(e.First), 1e-300));
            Array.Copy(estimate, previous, runs);
            if (settled)
            {
                break;
            }
        }
        return estimate;
    }

    private static Tensor PerRun(IReadOnlyList<Tensor> x, IReadOnlyList<Tensor> y, long runs)
    {
        Tensor total = zeros([runs], float64, x[0].device);
        for (int i = 0; i < x.Count; i++)
        {
            total = total + (x[i] * y[i]).reshape(runs, -1).sum(1);
        }
        return total;
    }

    private static Tensor[] Normalize(IReadOnlyList<Tensor> v, long runs)
    {
        var norm = PerRun(v, v, runs).sqrt().clamp_min(1e-300);
        return [.. v.Select(t => t / norm.reshape([runs, .. Enumerable.Repeat(1L, (int)t.dim() - 1)]))];
    }
}
