using System.Runtime.InteropServices;
using System.Text;
using TorchSharp;

namespace RegionCount.Runtime;

/// <summary>
/// Reads back, from the loaded libtorch itself, which kernels it uses: ATen's CPU capability
/// (<c>at::get_cpu_capability()</c>), MKL's conditional-numerical-reproducibility branch and its thread count.
/// oneDNN exports no such getter; its limit is read as the native environment it reads.
/// </summary>
internal static unsafe partial class LibTorchQueries
{
    private const string Library = "libtorch_cpu.so";

    // at::get_cpu_capability() returns a std::string (libstdc++, C++11 ABI: data pointer, length, 16-byte local
    // buffer); a class returned by value is written through a hidden first argument on x86-64 System V.
    private const string AtenCapabilitySymbol = "_ZN2at18get_cpu_capabilityB5cxx11Ev";
    private const int StdStringSize = 32;

    /// <summary>MKL_CBWR_BRANCH: ask for the code branch; the answer may carry <see cref="MklStrict"/>.</summary>
    private const int MklCbwrBranch = 1;
    private const int MklStrict = 0x10000;

    private static readonly Dictionary<int, string> MklBranches = new()
    {
        [0] = "OFF", [1] = "BRANCH_OFF", [2] = "AUTO", [3] = "COMPATIBLE", [4] = "SSE2", [6] = "SSSE3", [7] = "SSE4_1",
        [8] = "SSE4_2", [9] = "AVX", [10] = "AVX2", [11] = "AVX512_MIC", [12] = "AVX512", [13] = "AVX512_MIC_E1",
        [14] = "AVX512_E1",
    };

    /// <summary>"DEFAULT", "AVX2", "AVX512", ... as ATen dispatches now; null when the symbol is not found.</summary>
    public static string? AtenCapability()
    {
        if (!TryExport(AtenCapabilitySymbol, out var function))
        {
            return null;
        }
        byte* text = stackalloc byte[StdStringSize];
        ((delegate* unmanaged<byte*, byte*>)function)(text);
        byte* data = *(byte**)text;
        var length = checked((int)*(nuint*)(text + sizeof(nint)));
        var value = Encoding.UTF8.GetString(data, length);
        if (data != text + 2 * sizeof(nint))
        {
            NativeMemory.Free(data);
        }
        return value;
    }

    /// <summary>MKL's CBWR branch as its environment variable spells it (e.g. "COMPATIBLE", "AVX2,STRICT"); null if not found.</summary>
    public static string? MklBranch()
    {
        if (!TryExport("mkl_serv_cbwr_get", out var function))
        {
            return null;
        }
        int value = ((delegate* unmanaged<int, int>)function)(MklCbwrBranch);
        var name = MklBranches.TryGetValue(value & ~MklStrict, out var n) ? n : $"0x{value & ~MklStrict:x}";
        return (value & MklStrict) != 0 ? name + ",STRICT" : name;
    }

    /// <summary>The number of threads MKL will use; null if not found.</summary>
    public static int? MklThreads() =>
        TryExport("mkl_get_max_threads", out var function) ? ((delegate* unmanaged<int>)function)() : null;

    private static bool TryExport(string symbol, out IntPtr function)
    {
        function = IntPtr.Zero;
        _ = torch.get_num_threads(); // loads libtorch through TorchSharp first, from where TorchSharp finds it
        var path = Path.Combine(AppContext.BaseDirectory, Library);
        return (NativeLibrary.TryLoad(path, out var handle) || NativeLibrary.TryLoad(Library, out handle))
            && NativeLibrary.TryGetExport(handle, symbol, out function);
    }
}
