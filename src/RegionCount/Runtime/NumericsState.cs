using System.Globalization;
using TorchSharp;

namespace RegionCount.Runtime;

/// <summary>
/// The numeric environment libtorch actually runs with, read back natively after it loaded: ATen's dispatch
/// capability and MKL's branch from the libraries themselves, oneDNN's ISA limit from the C environment it reads,
/// and the thread counts. It is recorded in every run record, printed by `info` and shown in every report header.
/// </summary>
/// <param name="Mode">The mode asked for.</param>
/// <param name="AtenCapability">ATen's CPU capability ("AVX2", "AVX512", "DEFAULT"), or "unknown".</param>
/// <param name="MklBranch">MKL's CBWR branch ("COMPATIBLE", "AUTO", ...), or "unknown".</param>
/// <param name="DnnlMaxIsa">DNNL_MAX_CPU_ISA as native code sees it, or "unset".</param>
/// <param name="Threads">torch's intra-op threads.</param>
/// <param name="MklThreads">MKL's threads, or 0 if unknown.</param>
/// <param name="Problems">Why the canonical mode is not in effect; empty when it is (or for native mode).</param>
public sealed record NumericsState(
    NumericsMode Mode,
    string AtenCapability,
    string MklBranch,
    string DnnlMaxIsa,
    int Threads,
    int MklThreads,
    IReadOnlyList<string> Problems)
{
    /// <summary>The canonical mode is asked for and every part of it reads back as pinned.</summary>
    public bool CanonicalInEffect => Mode == NumericsMode.Canonical && Problems.Count == 0;

    /// <summary>Reads the state of this process (loads libtorch; applies the mode first if nothing has).</summary>
    public static NumericsState Read()
    {
        var request = CanonicalNumerics.Apply();
        var aten = LibTorchQueries.AtenCapability() ?? "unknown";
        var mkl = LibTorchQueries.MklBranch() ?? "unknown";
        var dnnl = NativeEnvironment.Get("DNNL_MAX_CPU_ISA") ?? "unset";
        int threads = torch.get_num_threads();
        int mklThreads = LibTorchQueries.MklThreads() ?? 0;
        var problems = new List<string>();
        if (request.Mode == NumericsMode.Canonical)
        {
            if (request.Problem is not null)
            {
                problems.Add(request.Problem);
            }
            var isa = CanonicalNumerics.Isa;
            Check(problems, aten == isa, $"ATen dispatches {aten}, not {isa}");
            Check(problems, mkl == CanonicalNumerics.MklBranch, $"MKL runs branch {mkl}, not {CanonicalNumerics.MklBranch}");
            Check(problems, dnnl == isa, $"DNNL_MAX_CPU_ISA is {dnnl}, not {isa}");
            Check(problems, threads == request.Threads, $"torch uses {threads} threads, not {request.Threads}");
            Check(problems, mklThreads == request.Threads, $"MKL uses {mklThreads} threads, not {request.Threads}");
            if (problems.Count > 0 && request.LibTorchLoadedBefore)
            {
                problems.Add("libtorch was loaded before the canonical settings were applied");
            }
        }
        else if (request.Problem is not null)
        {
            problems.Add(request.Problem);
        }
        return new NumericsState(request.Mode, aten, mkl, dnnl, threads, mklThreads, problems);
    }

    /// <summary>One line: "canonical (in effect): ATen AVX2, oneDNN max ISA AVX2, MKL COMPATIBLE, 2 threads (MKL 2)".</summary>
    public string Describe()
    {
        var status = Mode == NumericsMode.Native ? "native"
            : CanonicalInEffect ? "canonical (in effect)" : "canonical NOT in effect: " + string.Join("; ", Problems);
        return string.Create(CultureInfo.InvariantCulture,
            $"{status}: ATen {AtenCapability}, oneDNN max ISA {DnnlMaxIsa}, MKL {MklBranch}, {Threads} threads (MKL {MklThreads})");
    }

    /// <summary>The short label stored in run records: "canonical", "canonical-1-threads" (canonical:1), "native" or
    /// "canonical-not-in-effect". Checkpoints are kept per label, so a run never resumes in another mode.</summary>
    public string Label => Mode == NumericsMode.Native ? "native"
        : !CanonicalInEffect ? "canonical-not-in-effect"
        : Threads == CanonicalNumerics.DefaultThreads ? "canonical"
        : string.Create(CultureInfo.InvariantCulture, $"canonical-{Threads}-threads");

    /// <summary>The entries a run record's environment holds.</summary>
    public IReadOnlyDictionary<string, string> RecordEntries() => new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [RecordKey] = Label,
        [RecordKey + ".detail"] = Describe(),
    };

    /// <summary>The key of the numerics label in a run record's environment.</summary>
    public const string RecordKey = "numerics";

    private static void Check(List<string> problems, bool ok, string problem)
    {
        if (!ok)
        {
            problems.Add(problem);
        }
    }
}
