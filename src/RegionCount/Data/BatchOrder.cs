namespace RegionCount.Data;

/// <summary>
/// The order in which training visits a dataset: a permutation drawn from (seed, epoch) alone, cut into
/// mini-batches. Any epoch of any run can be replayed without replaying the ones before it.
/// </summary>
public static class BatchOrder
{
    /// <summary>The mini-batches of one epoch, as index arrays into the dataset.</summary>
    /// <param name="count">Examples in the dataset.</param>
    /// <param name="batchSize">Examples per batch.</param>
    /// <param name="seed">The run's seed.</param>
    /// <param name="epoch">The epoch (0-based); each epoch gets its own shuffle.</param>
    /// <param name="dropLast">Drop the final batch when it is smaller than <paramref name="batchSize"/>.</param>
    /// <param name="shuffle">False keeps the natural order 0..count-1 (e.g. for evaluation).</param>
    public static IReadOnlyList<int[]> For(int count, int batchSize, int seed, int epoch, bool dropLast = false, bool shuffle = true)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(batchSize);
        ArgumentOutOfRangeException.ThrowIfNegative(epoch);
        var order = Enumerable.Range(0, count).ToArray();
        if (shuffle)
        {
            new Random(SeedMix.Combine(seed, epoch)).Shuffle(order);
        }
        var batches = new List<int[]>();
        for (var start = 0; start < count; start += batchSize)
        {
            var size = Math.Min(batchSize, count - start);
            if (size < batchSize && dropLast)
            {
                break;
            }
            batches.Add(order[start..(start + size)]);
        }
        return batches;
    }
}
