namespace RegionCount.Runtime;

/// <summary>What <see cref="CanonicalNumerics.Apply"/> did.</summary>
/// <param name="Mode">The mode asked for ($REGIONCOUNT_NUMERICS; canonical by default).</param>
/// <param name="Problem">Why the mode cannot be as asked (a bad variable value, a processor without AVX2), or null.</param>
/// <param name="LibTorchLoadedBefore">libtorch was already loaded when the variables were set (too late for some).</param>
/// <param name="Threads">The thread count the canonical mode pins (0 in native mode).</param>
public sealed record NumericsRequest(NumericsMode Mode, string? Problem, bool LibTorchLoadedBefore, int Threads);
