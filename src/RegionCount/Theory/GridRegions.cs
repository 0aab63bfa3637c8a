namespace RegionCount.Theory;

/// <summary>Connected components of equal label on a 2-D label grid, 4-connectivity (no diagonals).</summary>
public static class GridRegions
{
    /// <summary>The number of 4-connected components of equal value in <paramref name="labels"/> [rows, columns].</summary>
    public static int Count(int[,] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        int rows = labels.GetLength(0);
        int columns = labels.GetLength(1);
        var seen = new bool[rows, columns];
        var stack = new Stack<(int R, int C)>();
        int regions = 0;
        for (int r0 = 0; r0 < rows; r0++)
        {
            for (int c0 = 0; c0 < columns; c0++)
            {
                if (seen[r0, c0])
                {
                    continue;
                }
                regions++;
                seen[r0, c0] = true;
                stack.Push((r0, c0));
                while (stack.Count > 0)
                {
                    var (r, c) = stack.Pop();
                    foreach (var (nr, nc) in new[] { (r - 1, c), (r + 1, c), (r, c - 1), (r, c + 1) })
                    {
                        if (nr >= 0 && nr < rows && nc >= 0 && nc < columns && !seen[nr, nc] && labels[nr, nc] == labels[r, c])
                        {
                            seen[nr, nc] = true;
                            stack.Push((nr, nc));
                        }
                    }
                }
            }
        }
        return regions;
    }
}
