using RegionCount.Runtime;
using TorchSharp;

namespace RegionCount.Cli.Commands;

/// <summary>Where commands resolve <c>--device</c> (and set <c>--threads</c> and the seed): CUDA asked for and absent
/// is one error line; auto falling back to the CPU on a CUDA build says so on the output.</summary>
internal static partial class CommonOptions
{
    /// <summary>Sets up torch for a command (<see cref="TorchRuntime.Initialize"/>).</summary>
    public static RuntimeContext InitializeRuntime(DeviceRequest device, int threads, long seed, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        RuntimeContext context;
        try
        {
            context = TorchRuntime.Initialize(new RuntimeOptions(device, threads, seed));
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(e.Message);
        }
        Announce(device, context.IsCuda, output);
        return context;
    }

    /// <summary>Resolves the device only, for commands whose executor sets up the rest; returns "cpu", "cuda" or "cuda:N"
    /// (what the executor is to use).</summary>
    public static string ResolveDevice(DeviceRequest device, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(output);
        torch.Device resolved;
        try
        {
            resolved = TorchRuntime.ResolveDevice(device);
        }
        catch (InvalidOperationException e)
        {
            throw new CliException(e.Message);
        }
        bool cuda = resolved.type == DeviceType.CUDA;
        Announce(device, cuda, output);
        return !cuda ? "cpu" : device.Index is null ? "cuda" : device.ToString();
    }

    /// <summary>The line saying that <c>--device auto</c> runs on the CPU although this is a CUDA build; null when
    /// there is nothing to say (CPU build, an explicit device, or CUDA found).</summary>
    public static string? AutoDeviceNotice(DeviceRequest device, string backend, bool resolvedToCuda) =>
        device.Kind == DeviceChoice.Auto && !resolvedToCuda && string.Equals(backend, "cuda", StringComparison.Ordinal)
            ? "device auto: using the CPU because no CUDA device was found (this is a CUDA build; --device cuda makes that an error)"
            : null;

    private static void Announce(DeviceRequest device, bool resolvedToCuda, TextWriter output)
    {
        if (AutoDeviceNotice(device, EnvironmentReport.BuildBackend(), resolvedToCuda) is { } notice)
        {
            output.WriteLine(notice);
        }
    }
}
