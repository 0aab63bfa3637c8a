namespace RegionCount.Runtime;

/// <summary>How libtorch's CPU kernels are chosen for this process (see <see cref="CanonicalNumerics"/>).</summary>
public enum NumericsMode
{
    /// <summary>ATen and oneDNN kernels pinned to AVX2, MKL on its vendor-independent COMPATIBLE branch, threads pinned:
    /// the mode every CPU result compared with a snapshot is made in.</summary>
    Canonical,

    /// <summary>libtorch chooses by the processor it finds (fastest; results differ between processors).</summary>
    Native,
}
