using static TorchSharp.torch;

namespace RegionCount.Training;

/// <summary>
/// A measurement taken at the run's measurement epochs (epoch 0 = before training, and the last epoch included),
/// e.g. the region counter. The model is in eval mode when called; the probe must not change its parameters.
/// Its reading is part of the epoch's <see cref="EpochMetrics"/> (values as "Name/key" in
/// <see cref="EpochMetrics.Probes"/>, the detail under Name in <see cref="EpochMetrics.ProbeDetails"/>), which the
/// checkpoint keeps: a probe holds nothing of its own that a resumed run would need.
/// </summary>
public interface IEpochProbe
{
    string Name { get; }

    ProbeReading Measure(int epoch, nn.Module<Tensor, Tensor> model);
}
