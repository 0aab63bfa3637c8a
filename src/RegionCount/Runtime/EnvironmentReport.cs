using System.Reflection;
using System.Runtime.InteropServices;
using RegionCount.Data;
using TorchSharp;

namespace RegionCount.Runtime;

/// <summary>What every report and `regioncount info` opens with: the machine, the software and the device.</summary>
public sealed record EnvironmentReport(
    string Os,
    string Cpu,
    int LogicalCores,
    string DotNet,
    string TorchSharp,
    string LibTorch,
    string Backend,
    bool CudaAvailable,
    int CudaDevices,
    int Threads,
    NumericsState Numerics,
    string NativeCompat,
    IReadOnlyList<(string Dataset, string? Folder)> Datasets)
{
    /// <summary>Reads the environment of this process. Loads libtorch.</summary>
    public static EnvironmentReport Capture(DataLocator locator)
    {
        ArgumentNullException.ThrowIfNull(locator);
        var torchAssembly = typeof(torch).Assembly;
        bool cuda = torch.cuda.is_available();
        return new EnvironmentReport(
            RuntimeInformation.OSDescription,
            CpuModel(),
            Environment.ProcessorCount,
            RuntimeInformation.FrameworkDescription,
            torchAssembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0]
                ?? torchAssembly.GetName().Version?.ToString() ?? "unknown",
            torch.__version__,
            BuildBackend(),
            cuda,
            cuda ? torch.cuda.device_count() : 0,
            torch.get_num_threads(),
            NumericsState.Read(),
            NativeCompatStatus.Read(AppContext.BaseDirectory).Describe(),
            DatasetKind.All.Select(k => (k.Name, locator.Find(k))).ToList());
    }

    /// <summary>Which libtorch backend package sits beside the assemblies: cpu or cuda.</summary>
    public static string BuildBackend() =>
        File.Exists(Path.Combine(AppContext.BaseDirectory, "libtorch_cuda.so")) ? "cuda" : "cpu";

    /// <summary>Key/value lines, in display order.</summary>
    public IEnumerable<(string Key, string Value)> Lines()
    {
        yield return ("OS", Os);
        yield return ("CPU", $"{Cpu} ({LogicalCores} logical cores)");
        yield return (".NET", DotNet);
        yield return ("TorchSharp", TorchSharp);
        yield return ("libtorch", $"{LibTorch} ({Backend} backend)");
        yield return ("CUDA", CudaAvailable ? $"available, {CudaDevices} device(s)" : "not available");
        yield return ("threads", Threads.ToString(System.Globalization.CultureInfo.InvariantCulture));
        yield return ("numerics", Numerics.Describe());
        yield return ("native compat", NativeCompat);
        foreach (var (dataset, folder) in Datasets)
        {
            yield return ($"data: {dataset}", folder ?? "not found");
        }
    }

    /// <summary>The processor's model name (/proc/cpuinfo), or the architecture.</summary>
    public static string CpuModel()
    {
        const string cpuinfo = "/proc/cpuinfo";
        if (File.Exists(cpuinfo))
        {
            var line = File.ReadLines(cpuinfo).FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
            if (line is not null)
            {
                return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
            }
        }
        return RuntimeInformation.ProcessArchitecture.ToString();
    }
}
