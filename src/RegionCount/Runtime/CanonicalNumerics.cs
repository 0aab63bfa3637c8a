using System.Globalization;
using System.Runtime.Intrinsics.X86;

namespace RegionCount.Runtime;

/// <summary>
/// The canonical CPU numeric environment: ATen's kernels and oneDNN's JIT pinned to AVX2 (every x86-64 processor
/// since Intel Haswell, 2013, and AMD Excavator, 2015), MKL on its COMPATIBLE code branch (the one branch MKL
/// promises gives the same results on Intel and non-Intel processors: on an AMD EPYC it ignores MKL_CBWR=AVX2 and
/// runs AUTO, as MKL_VERBOSE shows), MKL's dynamic thread choice off, and <see cref="Threads"/> intra-op threads
/// whatever the machine's core count. libtorch, oneDNN, MKL and
/// libgomp read these variables from the C library's environment once, when they load or first run, so
/// <see cref="Apply"/> must run before anything touches libtorch: the CLI calls it first thing in Main, the test
/// assemblies from a module initializer. $REGIONCOUNT_NUMERICS=native leaves the environment alone (libtorch picks
/// the fastest kernels the processor offers; snapshot comparisons then cannot be exact). canonical:N pins N threads
/// instead of <see cref="DefaultThreads"/> (what `sweep --jobs` gives its workers): the same kernels, but another
/// thread count splits reductions differently, so its records carry another label and match only each other.
/// </summary>
public static class CanonicalNumerics
{
    public const string ModeVariable = "REGIONCOUNT_NUMERICS";

    /// <summary>The intra-op thread count of the canonical mode (ATen, OpenMP and MKL) unless canonical:N says otherwise.</summary>
    public const int DefaultThreads = 2;

    /// <summary>The largest N canonical:N accepts.</summary>
    public const int MaxThreads = 256;

    /// <summary>The canonical thread count of this process (<see cref="DefaultThreads"/> before <see cref="Apply"/> ran).</summary>
    public static int Threads => Applied is { Mode: NumericsMode.Canonical } applied ? applied.Threads : DefaultThreads;

    /// <summary>The instruction-set level the kernels are pinned to.</summary>
    public const string Isa = "AVX2";

    /// <summary>MKL's conditional-numerical-reproducibility branch.</summary>
    public const string MklBranch = "COMPATIBLE";

    /// <summary>The native variables of the canonical mode (with <see cref="DefaultThreads"/>), in the order they are set.</summary>
    public static IReadOnlyList<(string Name, string Value)> Variables { get; } = VariablesFor(DefaultThreads);

    /// <summary>The value of $REGIONCOUNT_NUMERICS that asks for the canonical mode with <paramref name="threads"/> threads.</summary>
    public static string ModeValue(int threads) =>
        threads == DefaultThreads ? "canonical" : string.Create(CultureInfo.InvariantCulture, $"canonical:{threads}");

    private static (string Name, string Value)[] VariablesFor(int threads) =>
    [
        ("ATEN_CPU_CAPABILITY", "avx2"),
        ("DNNL_MAX_CPU_ISA", "AVX2"),
        ("MKL_CBWR", MklBranch),
        ("MKL_DYNAMIC", "FALSE"),
        ("MKL_NUM_THREADS", threads.ToString(CultureInfo.InvariantCulture)),
        ("OMP_NUM_THREADS", threads.ToString(CultureInfo.InvariantCulture)),
    ];

    private static readonly Lock Gate = new();
    private static NumericsRequest? _applied;

    /// <summary>What <see cref="Apply"/> did in this process; null before it ran.</summary>
    public static NumericsRequest? Applied
    {
        get
        {
            lock (Gate)
            {
                return _applied;
            }
        }
    }

    /// <summary>
    /// Sets the mode named by $REGIONCOUNT_NUMERICS (canonical when unset) in the native environment. Runs once per
    /// process; later calls return the first call's request.
    /// </summary>
    public static NumericsRequest Apply()
    {
        lock (Gate)
        {
            return _applied ??= ApplyOnce();
        }
    }

    private static NumericsRequest ApplyOnce()
    {
        var text = Environment.GetEnvironmentVariable(ModeVariable)?.Trim().ToUpperInvariant();
        NumericsMode mode = NumericsMode.Canonical;
        int threads = DefaultThreads;
        string? problem = null;
        if (text is "NATIVE")
        {
            mode = NumericsMode.Native;
            threads = 0;
        }
        else if (text is not (null or "" or "CANONICAL"))
        {
            const string prefix = "CANONICAL:";
            if (text.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(text[prefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= MaxThreads)
            {
                threads = n;
            }
            else
            {
                problem = $"{ModeVariable}='{Environment.GetEnvironmentVariable(ModeVariable)}': expected canonical, canonical:N (N threads, 1-{MaxThreads}) or native";
            }
        }
        bool loadedBefore = LibTorchLoaded();
        if (mode == NumericsMode.Canonical)
        {
            if (!Avx2.IsSupported || !Fma.IsSupported)
            {
                problem ??= $"this processor lacks AVX2/FMA, so the canonical {Isa} kernels cannot run; results cannot match the snapshots exactly";
            }
            foreach (var (name, value) in VariablesFor(threads))
            {
                NativeEnvironment.Set(name, value);
            }
        }
        return new NumericsRequest(mode, problem, loadedBefore, threads);
    }

    /// <summary>Whether libtorch is already mapped into this process (then the settings may come too late).</summary>
    internal static bool LibTorchLoaded()
    {
        const string maps = "/proc/self/maps";
        return File.Exists(maps) && File.ReadLines(maps).Any(l => l.EndsWith("/libtorch_cpu.so", StringComparison.Ordinal));
    }
}
