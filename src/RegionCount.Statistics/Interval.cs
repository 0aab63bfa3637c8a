using System.Globalization;

namespace RegionCount.Statistics;

/// <summary>A confidence interval [<paramref name="Lower"/>, <paramref name="Upper"/>] at confidence
/// <paramref name="Level"/> (e.g. 0.95). One-sided intervals have an infinite (or natural) bound.</summary>
public sealed record Interval(double Lower, double Upper, double Level)
{
    public bool Contains(double value) => value >= Lower && value <= Upper;

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"[{Lower:0.####}, {Upper:0.####}] ({Level * 100:0.#} %)");
}
