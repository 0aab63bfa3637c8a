namespace RegionCount.Runtime;

/// <summary>How to set up the torch runtime for one process.</summary>
/// <param name="Device">The device asked for; default = auto.</param>
/// <param name="Threads">Intra-op threads; 0 keeps libtorch's default (one per core).</param>
/// <param name="Seed">Seed of torch's global generators.</param>
public sealed record RuntimeOptions(DeviceRequest Device = default, int Threads = 0, long Seed = 0);
