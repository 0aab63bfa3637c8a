using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>
/// Predicts labels at probe points: eval mode, no gradient, argmax of the logits, at most
/// <see cref="ProbeSettings.MaxPointsPerForward"/> points per forward pass, each chunk in its own dispose scope;
/// the points come from <see cref="ProbeSet.ChunkPoints"/> (kept between measurements when they fit the bound).
/// The model's training mode is restored afterwards. The model must live on the probes' device.
/// </summary>
internal static class ProbeEvaluator
{
    /// <summary>Labels of every evaluated point, probe after probe (M·n values).</summary>
    public static int[] Predict(nn.Module<Tensor, Tensor> model, ProbeSet probes)
    {
        using (WithEval(model))
        using (no_grad())
        {
            return Evaluate(probes, ParameterType(model), points => model.forward(points).argmax(1).to(int32).cpu().data<int>().ToArray());
        }
    }

    /// <summary>
    /// One value per evaluated point, probe after probe (M·n values), from any classifier of points: each forward chunk's
    /// points (in <paramref name="dtype"/>, on the probes' device, inside the chunk's dispose scope) go to
    /// <paramref name="evaluate"/>, which returns one value per point (a label; for k-NN the labels of the nearest
    /// neighbours). The networks' <see cref="Predict"/> is this with the argmax of the logits.
    /// </summary>
    public static T[] Evaluate<T>(ProbeSet probes, ScalarType dtype, Func<Tensor, T[]> evaluate)
    {
        ArgumentNullException.ThrowIfNull(probes);
        ArgumentNullException.ThrowIfNull(evaluate);
        var values = new T[probes.TotalPoints];
        for (int chunk = 0; chunk < probes.ChunkCount; chunk++)
        {
            using var scope = NewDisposeScope();
            var points = probes.ChunkPoints(chunk, dtype);
            var chunkValues = evaluate(points);
            if (chunkValues.Length != points.shape[0])
            {
                throw new InvalidOperationException($"ProbeEvaluator: {chunkValues.Length} values for {points.shape[0]} points");
            }
            chunkValues.CopyTo(values, chunk * probes.Settings.MaxPointsPerForward);
        }
        return values;
    }

    /// <summary>Labels of the model at points origin + t·direction (float64 tensors of one input's shape).</summary>
    public static int[] PredictLine(nn.Module<Tensor, Tensor> model, Tensor origin, Tensor direction, IReadOnlyList<double> ts, int chunk)
    {
        var labels = new int[ts.Count];
        var dtype = ParameterType(model);
        using (WithEval(model))
        using (no_grad())
        {
            for (int start = 0; start < ts.Count; start += chunk)
            {
                using var scope = NewDisposeScope();
                var end = Math.Min(ts.Count, start + chunk);
                var t = tensor(ts.Skip(start).Take(end - start).ToArray(), float64, origin.device).reshape(-1, 1, 1, 1);
                var points = (origin.unsqueeze(0) + (t * direction.unsqueeze(0))).to(dtype);
                var predicted = model.forward(points).argmax(1).to(int32).cpu();
                predicted.data<int>().CopyTo(labels, start);
            }
        }
        return labels;
    }

    internal static ScalarType ParameterType(nn.Module<Tensor, Tensor> model) =>
        model.parameters().Select(p => p.dtype).FirstOrDefault(ScalarType.Float32);

    /// <summary>Puts the model in eval mode until disposed, then back to the mode it had.</summary>
    internal static IDisposable WithEval(nn.Module<Tensor, Tensor> model)
    {
        var wasTraining = model.training;
        model.eval();
        return new Restore(model, wasTraining);
    }

    private sealed class Restore(nn.Module<Tensor, Tensor> model, bool training) : IDisposable
    {
        public void Dispose() => model.train(training);
    }
}
