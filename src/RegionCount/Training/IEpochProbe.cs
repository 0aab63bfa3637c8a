using static TorchSharp.torch;

namespace RegionCount.Training;

/// <summary>
/// A measurement taken at the run's measurement epochs (epoch 0 = before training, and the last epoch included),
/// e.g. the region counter. The model is in eval mode when called; the probe must not change its parameters.
/// Values are recorded in <see cref="EpochMetrics.Probes"/> as "Name/key".
/// </summary>
public interface IEpochProbe
{
    string Name { get; }

    IReadOnlyDictionary<string, double> Measure(int epoch, nn.Module<Tensor, Tensor> model);
}
