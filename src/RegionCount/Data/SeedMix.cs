namespace RegionCount.Data;

/// <summary>Derives independent child seeds from a seed and a stream number (SplitMix64 finalizer).</summary>
internal static class SeedMix
{
    public static int Combine(int seed, int stream)
    {
        unchecked
        {
            var z = ((ulong)(uint)seed << 32) + (uint)stream + 0x9E3779B97F4A7C15UL;
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            z ^= z >> 31;
            return (int)(z & 0x7FFFFFFF);
        }
    }
}
