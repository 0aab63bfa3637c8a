using static TorchSharp.torch;

namespace RegionCount.Theory;

public static partial class StabilitySimulation
{
    /// <summary>
    /// Full-batch GD θ ← θ − η·∇L(θ) on every run at once. Every <c>CheckEvery</c> steps (and at step 0) each
    /// still-active run is classified from its current loss and gradient: diverged if the loss is not finite or
    /// exceeds <c>BlowUpLoss</c>, converged if ‖∇L‖ ≤ <c>GradientTolerance</c> or L ≤ <c>LossTolerance</c>; a
    /// classified run is frozen where it stands. Runs still active after <c>MaxSteps</c> are not converged.
    /// </summary>
    internal static (RunStatus[] Status, int[] Steps) Descend(ReluNetBatch net, Tensor x, Tensor y, double[] etas, StabilityDesign design)
    {
        int runs = net.Runs;
        var status = Enumerable.Repeat(RunStatus.NotConverged, runs).ToArray();
        var steps = Enumerable.Repeat(design.MaxSteps, runs).ToArray();
        var active = Enumerable.Repeat(true, runs).ToArray();
        using var etaAll = tensor(etas, float64, x.device);
        var factor = etaAll.clone().DetachFromDisposeScope();
        try
        {
            for (int step = 0; step < design.MaxSteps; step++)
            {
                using var scope = NewDisposeScope();
                var losses = net.Losses(x, y);
                var grads = autograd.grad([losses.sum()], [.. net.Parameters]);
                if (step % design.CheckEvery == 0)
                {
                    var loss = losses.detach().cpu().data<double>().ToArray();
                    var norm = Norms(grads, runs);
                    bool changed = false;
                    for (int r = 0; r < runs; r++)
                    {
                        if (!active[r])
                        {
                            continue;
                        }
                        RunStatus? verdict = !double.IsFinite(loss[r]) || loss[r] > design.BlowUpLoss ? RunStatus.Diverged
                            : norm[r] <= design.GradientTolerance || loss[r] <= design.LossTolerance ? RunStatus.Converged
                            : null;
                        if (verdict is { } v)
                        {
                            status[r] = v;
                            steps[r] = step;
                            active[r] = false;
                            changed = true;
                        }
                    }
                    if (!active.Any(a => a))
                    {
                        break;
                    }
                    if (changed)
                    {
                        var mask = tensor(active.Select(a => a ? 1.0 : 0.0).ToArray(), float64, x.device);
                        factor.Dispose();
                        factor = (etaAll * mask).DetachFromDisposeScope();
                    }
                }
                using (no_grad())
                {
                    var parameters = net.Parameters;
                    for (int i = 0; i < parameters.Count; i++)
                    {
                        var shape = new long[parameters[i].dim()];
                        Array.Fill(shape, 1L);
                        shape[0] = runs;
                        parameters[i].sub_(factor.reshape(shape) * grads[i].nan_to_num(0, 0, 0));
                    }
                }
            }
        }
        finally
        {
            factor.Dispose();
        }
        return (status, steps);
    }

    private static double[] GradientNorms(ReluNetBatch net, Tensor x, Tensor y)
    {
        using var scope = NewDisposeScope();
        var grads = autograd.grad([net.Losses(x, y).sum()], [.. net.Parameters]);
        return Norms(grads, net.Runs);
    }

    private static double[] Norms(IList<Tensor> grads, int runs)
    {
        Tensor total = zeros([runs], float64, grads[0].device);
        foreach (var g in grads)
        {
            total = total + g.detach().pow(2).reshape(runs, -1).sum(1);
        }
        return total.sqrt().cpu().data<double>().ToArray();
    }
}
