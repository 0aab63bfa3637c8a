using System.Globalization;

namespace RegionCount.Runtime;

/// <summary>A device as asked for: auto, cpu, cuda (the current CUDA device) or cuda:N (device N, so that a host with
/// several GPUs runs one sweep per GPU). Written back as it was asked ("cuda:1"), so worker processes get the same.</summary>
public readonly record struct DeviceRequest(DeviceChoice Kind, int? Index = null)
{
    public static implicit operator DeviceRequest(DeviceChoice kind) => new(kind);

    public static DeviceRequest FromDeviceChoice(DeviceChoice kind) => new(kind);

    public override string ToString() => Kind switch
    {
        DeviceChoice.Auto => "auto",
        DeviceChoice.Cpu => "cpu",
        _ => Index is int i ? string.Create(CultureInfo.InvariantCulture, $"cuda:{i}") : "cuda",
    };
}
