using System.Globalization;

namespace RegionCount.Experiments;

/// <summary>Shard <see cref="Index"/> of <see cref="Count"/> (1-based, as `--shard 2/4` writes it). Run k of a plan
/// (0-based, in plan order) belongs to shard (k mod n) + 1: the shards are disjoint, cover the plan and differ in
/// size by at most one.</summary>
public sealed record ShardSpec(int Index, int Count)
{
    public static ShardSpec All { get; } = new(1, 1);

    /// <summary>Parses "i/n" with 1 ≤ i ≤ n.</summary>
    /// <exception cref="FormatException">Not of that form.</exception>
    public static ShardSpec Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int i)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int n)
            && n >= 1 && i >= 1 && i <= n)
        {
            return new ShardSpec(i, n);
        }
        throw new FormatException($"shard '{text}': expected i/n with 1 ≤ i ≤ n, e.g. 2/4");
    }

    public bool Contains(int planIndex) => planIndex % Count == Index - 1;

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{Index}/{Count}");
}
