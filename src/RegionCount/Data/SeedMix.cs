namespace RegionCount.Data;

/// <summary>Derives independent child seeds with the SplitMix64 finalizer (the one implementation of it; the training
/// streams in <see cref="Training.SeedStreams"/> use it too).</summary>
internal static class SeedMix
{
    /// <summary>A non-negative <see cref="Random"/> seed for stream <paramref name="stream"/> of <paramref name="seed"/>:
    /// the low 31 bits of Mix(seed · 2³² + stream).</summary>
    public static int Combine(int seed, int stream) =>
        (int)(Mix(((ulong)(uint)seed << 32) + (uint)stream) & 0x7FFFFFFF);

    /// <summary>One SplitMix64 step: add the golden-ratio increment, then the finalizer.</summary>
    public static ulong Mix(ulong z)
    {
        unchecked
        {
            z += 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
