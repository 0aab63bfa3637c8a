namespace RegionCount.Data;

/// <summary>Seeded training subsets that keep the class proportions of the full set.</summary>
public static class StratifiedSubset
{
    /// <summary>
    /// The indices of a subset of <paramref name="size"/> examples: each class gets its proportional share
    /// (largest remainders break ties, lower class first), the members of a class are drawn from the seed, and
    /// the result is in ascending order.
    /// </summary>
    /// <exception cref="ArgumentOutOfRangeException">size is negative or larger than the number of labels.</exception>
    public static int[] Indices(IReadOnlyList<long> labels, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(labels);
        if (size < 0 || size > labels.Count)
        {
            throw new ArgumentOutOfRangeException(nameof(size), size, $"subset size must lie in [0, {labels.Count}], the dataset's count");
        }
        var byClass = Enumerable.Range(0, labels.Count).GroupBy(i => labels[i]).OrderBy(g => g.Key).Select(g => g.ToArray()).ToArray();
        var exact = byClass.Select(g => (double)g.Length * size / labels.Count).ToArray();
        var quota = exact.Select(e => (int)Math.Floor(e)).ToArray();
        var remaining = size - quota.Sum();
        foreach (var k in Enumerable.Range(0, byClass.Length).OrderByDescending(k => exact[k] - quota[k]).ThenBy(k => k).Take(remaining))
        {
            quota[k]++;
        }
        var random = new Random(seed);
        var chosen = new List<int>(size);
        for (var k = 0; k < byClass.Length; k++)
        {
            var members = byClass[k];
            random.Shuffle(members);
            chosen.AddRange(members.Take(quota[k]));
        }
        chosen.Sort();
        return [.. chosen];
    }

    /// <summary>A new dataset holding the stratified subset of <paramref name="dataset"/>.</summary>
    public static ImageDataset Take(ImageDataset dataset, int size, int seed)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        return dataset.Take(Indices(dataset.Labels.data<long>().ToArray(), size, seed));
    }
}
