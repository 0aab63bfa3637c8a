namespace RegionCount.Regions;

/// <summary>
/// Counts connected components of equal label on a k-dimensional grid (row-major labels, −1 = masked cell that
/// belongs to no region). In 1-D this is 1 + the number of label changes.
/// </summary>
public static class RegionCounter
{
    public static GridCount Count(ReadOnlySpan<int> labels, IReadOnlyList<int> shape, Connectivity connectivity)
    {
        ArgumentNullException.ThrowIfNull(shape);
        var size = shape.Aggregate(1, (a, b) => a * b);
        if (labels.Length != size)
        {
            throw new ArgumentException($"RegionCounter: {labels.Length} labels for a grid of {size} cells", nameof(labels));
        }
        var offsets = Neighbours(shape.Count, connectivity);
        var strides = new int[shape.Count];
        var stride = 1;
        for (int d = shape.Count - 1; d >= 0; d--)
        {
            strides[d] = stride;
            stride *= shape[d];
        }

        var seen = new bool[size];
        var perClass = new SortedDictionary<int, int>();
        var stack = new Stack<int>();
        var coordinate = new int[shape.Count];
        var total = 0;
        for (int start = 0; start < size; start++)
        {
            if (seen[start] || labels[start] < 0)
            {
                continue;
            }
            var label = labels[start];
            total++;
            perClass[label] = perClass.GetValueOrDefault(label) + 1;
            seen[start] = true;
            stack.Push(start);
            while (stack.Count > 0)
            {
                var cell = stack.Pop();
                var rest = cell;
                for (int d = 0; d < shape.Count; d++)
                {
                    coordinate[d] = rest / strides[d];
                    rest %= strides[d];
                }
                foreach (var offset in offsets)
                {
                    var neighbour = 0;
                    var inside = true;
                    for (int d = 0; d < shape.Count && inside; d++)
                    {
                        var c = coordinate[d] + offset[d];
                        inside = c >= 0 && c < shape[d];
                        neighbour += c * strides[d];
                    }
                    if (inside && !seen[neighbour] && labels[neighbour] == label)
                    {
                        seen[neighbour] = true;
                        stack.Push(neighbour);
                    }
                }
            }
        }
        return new GridCount(total, perClass);
    }

    /// <summary>Offsets to the neighbours of a cell: the 2k face neighbours, or all 3ᵏ−1.</summary>
    private static List<int[]> Neighbours(int k, Connectivity connectivity)
    {
        var result = new List<int[]>();
        var total = (int)Math.Pow(3, k);
        for (int code = 0; code < total; code++)
        {
            var offset = new int[k];
            var rest = code;
            var nonZero = 0;
            for (int d = 0; d < k; d++)
            {
                offset[d] = (rest % 3) - 1;
                rest /= 3;
                nonZero += offset[d] != 0 ? 1 : 0;
            }
            if (nonZero == 0 || (connectivity == Connectivity.Face && nonZero > 1))
            {
                continue;
            }
            result.Add(offset);
        }
        return result;
    }
}
