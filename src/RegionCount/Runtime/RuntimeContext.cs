using TorchSharp;

namespace RegionCount.Runtime;

/// <summary>The resolved runtime: the one device every tensor of a run goes to, the thread count and the seed.</summary>
public sealed record RuntimeContext(torch.Device Device, int Threads, long Seed)
{
    public bool IsCuda => Device.type == DeviceType.CUDA;
}
