using RegionCount.Data;

namespace RegionCount.Training;

/// <summary>
/// Independent seeds for the random streams of one run, derived from (run seed, epoch, stream) with SplitMix64
/// (<see cref="SeedMix.Mix"/>), so data order, augmentation and mixup of an epoch depend on nothing but those three numbers.
/// </summary>
internal static class SeedStreams
{
    public const int Order = 1;
    public const int Augmentation = 2;
    public const int Mixup = 3;
    public const int Global = 4;

    /// <summary>The crop offsets and flips of augmented-train probe endpoints (drawn once per run, at epoch 0 of this stream).</summary>
    public const int ProbeAugmentation = 5;

    public static ulong Derive(long seed, int epoch, int stream)
    {
        ulong z = SeedMix.Mix(unchecked((ulong)seed));
        z = SeedMix.Mix(z ^ unchecked((ulong)epoch * 0x9E3779B97F4A7C15UL));
        return SeedMix.Mix(z ^ unchecked((ulong)stream * 0xD1B54A32D192ED03UL));
    }
}
