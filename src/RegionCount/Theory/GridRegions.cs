using RegionCount.Regions;

namespace RegionCount.Theory;

/// <summary>Connected components of equal label on a 2-D label grid, 4-connectivity (no diagonals): the 2-D face
/// count of <see cref="RegionCounter"/>.</summary>
public static class GridRegions
{
    /// <summary>The number of 4-connected components of equal value in <paramref name="labels"/> [rows, columns].
    /// Every value is a label, negative ones included (none is a masked cell).</summary>
    public static int Count(int[,] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        var flat = new int[labels.Length];
        int i = 0;
        bool negative = false;
        foreach (int label in labels)
        {
            negative |= label < 0;
            flat[i++] = label;
        }
        if (negative)
        {
            // RegionCounter reads a negative label as a masked cell; renumber the values 0, 1, ... so each stays a label.
            var renumbered = new Dictionary<int, int>();
            for (int j = 0; j < flat.Length; j++)
            {
                if (!renumbered.TryGetValue(flat[j], out int k))
                {
                    k = renumbered.Count;
                    renumbered.Add(flat[j], k);
                }
                flat[j] = k;
            }
        }
        return RegionCounter.Count(flat, [labels.GetLength(0), labels.GetLength(1)], Connectivity.Face).Total;
    }
}
