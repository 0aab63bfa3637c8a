namespace RegionCount.Runtime;

/// <summary>Which device to run on; resolved once by <see cref="TorchRuntime.Initialize"/> and passed down.</summary>
public enum DeviceChoice
{
    /// <summary>CUDA when a CUDA device is present and the CUDA backend is built in, otherwise CPU.</summary>
    Auto,

    Cpu,

    /// <summary>CUDA or an error: never a silent fall-back to CPU.</summary>
    Cuda,
}
