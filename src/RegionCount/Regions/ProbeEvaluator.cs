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
        var labels = new int[probes.TotalPoints];
        var dtype = ParameterType(model);
        using (WithEval(model))
        using (no_grad())
        {
            for (int chunk = 0; chunk < probes.ChunkCount; chunk++)
            {
                using var scope = NewDisposeScope();
                var predicted = model.forward(probes.ChunkPoints(chunk, dtype)).argmax(1).to(int32).cpu();
                predicted.data<int>().CopyTo(labels, chunk * probes.Settings.MaxPointsPerForward);
            }
        }
        return labels;
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
