using TorchSharp;

namespace RegionCount.Runtime;

/// <summary>Sets up libtorch for a process: device, threads and seeds, decided once.</summary>
public static class TorchRuntime
{
    /// <summary>
    /// Applies the numeric mode (<see cref="CanonicalNumerics"/>; a no-op if the entry point already did), resolves
    /// the device, sets the thread count (pinned in the canonical mode) and seeds torch's generators.
    /// </summary>
    /// <exception cref="InvalidOperationException">CUDA was asked for and is not available; $REGIONCOUNT_NUMERICS
    /// is not a mode; a thread count other than the canonical one was asked for in the canonical mode.</exception>
    public static RuntimeContext Initialize(RuntimeOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegative(options.Threads);
        var numerics = CanonicalNumerics.Apply();
        if (numerics.Problem is not null && numerics.Problem.StartsWith(CanonicalNumerics.ModeVariable, StringComparison.Ordinal))
        {
            throw new InvalidOperationException(numerics.Problem);
        }
        int threads = options.Threads;
        if (numerics.Mode == NumericsMode.Canonical)
        {
            if (threads != 0 && threads != CanonicalNumerics.Threads)
            {
                throw new InvalidOperationException(
                    $"--threads {threads}: the canonical numeric mode pins {CanonicalNumerics.Threads} threads so results are the same on every machine; set {CanonicalNumerics.ModeVariable}=native to choose another count");
            }
            threads = CanonicalNumerics.Threads;
        }
        var device = ResolveDevice(options.Device);
        if (threads > 0)
        {
            torch.set_num_threads(threads);
        }
        Seed(options.Seed, device);
        return new RuntimeContext(device, torch.get_num_threads(), options.Seed);
    }

    /// <summary>Maps a request to a device: auto takes CUDA when present; cuda without CUDA is an error, and so is
    /// cuda:N beyond the devices there are.</summary>
    public static torch.Device ResolveDevice(DeviceRequest request) => request.Kind switch
    {
        DeviceChoice.Cpu => torch.CPU,
        DeviceChoice.Cuda when !torch.cuda.is_available() => throw new InvalidOperationException(
            $"device {request}: CUDA is not available (build with -p:TorchBackend=cuda on a machine with an NVIDIA GPU)"),
        DeviceChoice.Cuda when request.Index is int i && i >= torch.cuda.device_count() => throw new InvalidOperationException(
            $"device {request}: this machine has {torch.cuda.device_count()} CUDA device(s), numbered from 0"),
        DeviceChoice.Cuda => request.Index is int index ? new torch.Device(DeviceType.CUDA, index) : torch.CUDA,
        _ => torch.cuda.is_available() ? torch.CUDA : torch.CPU,
    };

    /// <summary>Seeds torch's CPU generator and, on CUDA, every device's generator.</summary>
    public static void Seed(long seed, torch.Device device)
    {
        ArgumentNullException.ThrowIfNull(device);
        torch.manual_seed(seed);
        if (device.type == DeviceType.CUDA)
        {
            torch.cuda.manual_seed_all(seed);
        }
    }

    /// <summary>Parses "auto", "cpu", "cuda" (or "gpu") and "cuda:N".</summary>
    public static DeviceRequest ParseDevice(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var key = text.Trim().ToUpperInvariant();
        if (key.StartsWith("CUDA:", StringComparison.Ordinal))
        {
            return int.TryParse(key.AsSpan(5), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index)
                ? new DeviceRequest(DeviceChoice.Cuda, index)
                : throw new FormatException($"device '{text}': expected cuda:N with N a device number (0, 1, …)");
        }
        return key switch
        {
            "AUTO" => DeviceChoice.Auto,
            "CPU" => DeviceChoice.Cpu,
            "CUDA" or "GPU" => DeviceChoice.Cuda,
            _ => throw new FormatException($"device '{text}': expected auto, cpu, cuda or cuda:N"),
        };
    }
}
