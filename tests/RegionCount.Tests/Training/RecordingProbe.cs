using RegionCount.Training;
using static TorchSharp.torch;

namespace RegionCount.Tests.Training;

/// <summary>Records the epochs it is called at and returns the epoch and the model's training flag.</summary>
internal sealed class RecordingProbe : IEpochProbe
{
    public List<int> Calls { get; } = [];

    public string Name => "rec";

    public IReadOnlyDictionary<string, double> Measure(int epoch, nn.Module<Tensor, Tensor> model)
    {
        Calls.Add(epoch);
        return new Dictionary<string, double> { ["epoch"] = epoch, ["training"] = model.training ? 1 : 0 };
    }
}
