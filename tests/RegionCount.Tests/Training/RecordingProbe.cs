using System.Text.Json;
using RegionCount.Training;
using static TorchSharp.torch;

namespace RegionCount.Tests.Training;

/// <summary>Records the epochs it is called at; its values are the epoch and the model's training flag, its detail
/// the epoch and the sum of the model's weights (a function of the weights at that epoch only).</summary>
internal sealed class RecordingProbe : IEpochProbe
{
    public List<int> Calls { get; } = [];

    public string Name => "rec";

    public ProbeReading Measure(int epoch, nn.Module<Tensor, Tensor> model)
    {
        Calls.Add(epoch);
        double weightSum = TinyModels.Weights(model).Sum(w => (double)w);
        return new ProbeReading(new Dictionary<string, double> { ["epoch"] = epoch, ["training"] = model.training ? 1 : 0 },
            JsonSerializer.SerializeToElement(new { epoch, weightSum }));
    }
}
