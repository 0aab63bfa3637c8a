using System.Globalization;
using System.Text.RegularExpressions;

namespace RegionCount.Runtime;

/// <summary>Byte counts as people write them: "2GiB", "512MiB", "24GB", "1.5 GiB", or a plain number of bytes.
/// GiB/MiB/KiB are powers of 1024, GB/MB/KB powers of 1000 (as GPU makers count).</summary>
public static partial class MemorySize
{
    private static readonly Dictionary<string, long> Units = new(StringComparer.OrdinalIgnoreCase)
    {
        [""] = 1, ["B"] = 1,
        ["KiB"] = 1L << 10, ["MiB"] = 1L << 20, ["GiB"] = 1L << 30, ["TiB"] = 1L << 40,
        ["KB"] = 1_000, ["MB"] = 1_000_000, ["GB"] = 1_000_000_000, ["TB"] = 1_000_000_000_000,
    };

    /// <summary>The bytes of <paramref name="text"/>, or null when it is not a size.</summary>
    public static long? TryParse(string? text)
    {
        var match = SizePattern().Match(text ?? "");
        if (!match.Success || !Units.TryGetValue(match.Groups[2].Value, out var unit)
            || !double.TryParse(match.Groups[1].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return null;
        }
        var bytes = value * unit;
        return double.IsFinite(bytes) && bytes is >= 1 and < long.MaxValue ? (long)bytes : null;
    }

    /// <summary>"1.9 GiB", "312 MiB", "4.0 KiB", "512 B".</summary>
    public static string Format(long bytes) => bytes switch
    {
        >= 1L << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 30):0.0#} GiB"),
        >= 1L << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 20):0.#} MiB"),
        >= 1L << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1L << 10):0.#} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };

    [GeneratedRegex(@"^\s*([0-9]+(?:\.[0-9]+)?)\s*([A-Za-z]*)\s*$")]
    private static partial Regex SizePattern();
}
