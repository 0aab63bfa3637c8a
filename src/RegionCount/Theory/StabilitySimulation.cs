using static TorchSharp.torch;

namespace RegionCount.Theory;

/// <summary>
/// The T1 simulation: full-batch gradient descent on a batch of two-layer ReLU networks (every κ level × every
/// seed at once, double precision), then the top Hessian eigenvalue and the exact sign changes of each solution.
/// </summary>
public static partial class StabilitySimulation
{
    public static StabilityResult Run(StabilityDesign design, Device device)
    {
        ArgumentNullException.ThrowIfNull(design);
        ArgumentNullException.ThrowIfNull(device);
        Validate(design);
        using var scope = NewDisposeScope();
        var line = LineData.Create(design.Points, design.BlockSize, design.Dimension, design.OffsetNorm, design.DataSeed);
        var x = line.Inputs(device);
        var y = line.Targets(device);

        double reference = ReferenceSharpness(design, x, y, device);
        var levels = design.Kappas.Count;
        var runSeeds = Enumerable.Range(0, levels).SelectMany(_ => design.Seeds).ToArray();
        var etas = Enumerable.Range(0, levels).SelectMany(k => design.Seeds.Select(_ => design.Kappas[k] * 2 / reference)).ToArray();

        using var net = ReluNetBatch.Initialize(runSeeds, design.Width, design.Dimension, device);
        var (status, steps) = Descend(net, x, y, etas, design);

        var losses = net.Losses(x, y).detach().cpu().data<double>().ToArray();
        var gradNorms = GradientNorms(net, x, y);
        var eigen = HessianProbe.TopEigenvalues(() => net.Losses(x, y).sum(), net.Parameters, seed: design.DataSeed + 1);
        var outputs = net.Forward(x).detach().cpu().data<double>().ToArray();
        var active = (matmul(net.W, x.t()) + net.B.unsqueeze(-1)).detach().gt(0).any(-1).sum(-1).cpu().data<long>().ToArray();

        var runs = new List<StabilityRun>();
        for (int r = 0; r < runSeeds.Length; r++)
        {
            int level = r / design.Seeds.Count;
            bool diverged = status[r] == RunStatus.Diverged;
            int signChanges = -1;
            int errors = -1;
            if (!diverged)
            {
                var (w, b, a) = net.Export(r);
                var (p, q) = SignChanges.Restrict(w, b, line);
                signChanges = SignChanges.Exact(p, q, a, line.T[0], line.T[^1]);
                errors = Enumerable.Range(0, design.Points).Count(i => Math.Sign(outputs[(r * design.Points) + i]) != Math.Sign(line.Labels[i]));
            }
            runs.Add(new StabilityRun(level, design.Kappas[level], etas[r], runSeeds[r], status[r], steps[r], losses[r],
                gradNorms[r], diverged ? double.NaN : eigen[r], signChanges, errors, (int)active[r]));
        }
        return new StabilityResult(design, reference, runs);
    }

    private static double ReferenceSharpness(StabilityDesign design, Tensor x, Tensor y, Device device)
    {
        using var initial = ReluNetBatch.Initialize(design.Seeds, design.Width, design.Dimension, device);
        var sharpness = HessianProbe.TopEigenvalues(() => initial.Losses(x, y).sum(), initial.Parameters, seed: design.DataSeed);
        Array.Sort(sharpness);
        int n = sharpness.Length;
        return n % 2 == 1 ? sharpness[n / 2] : (sharpness[(n / 2) - 1] + sharpness[n / 2]) / 2;
    }

    private static void Validate(StabilityDesign d)
    {
        var problems = new List<string>();
        if (d.Kappas.Count < 2 || d.Kappas.Any(k => !(k > 0)) || d.Kappas.Zip(d.Kappas.Skip(1)).Any(p => p.Second <= p.First))
        {
            problems.Add("Kappas must be at least two positive values, increasing");
        }
        if (d.Seeds.Count < 2 || d.Seeds.Distinct().Count() != d.Seeds.Count)
        {
            problems.Add("Seeds must be at least two distinct values");
        }
        if (d.Width < 1 || d.MaxSteps < 1 || d.CheckEvery < 1)
        {
            problems.Add("Width, MaxSteps and CheckEvery must be positive");
        }
        if (!(d.GradientTolerance > 0) || !(d.LossTolerance >= 0) || !(d.BlowUpLoss > 0))
        {
            problems.Add("tolerances must be positive (LossTolerance may be 0)");
        }
        if (problems.Count > 0)
        {
            throw new ArgumentException("stability design: " + string.Join("; ", problems), nameof(d));
        }
    }
}
