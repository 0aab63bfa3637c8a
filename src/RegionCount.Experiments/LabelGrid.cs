namespace RegionCount.Experiments;

/// <summary>A row-major grid of predicted labels (−1 = outside the measured piece).</summary>
public sealed record LabelGrid(int Rows, int Columns, IReadOnlyList<int> Labels)
{
    /// <summary>The grid as a 2-D array, row 0 first.</summary>
    public int[,] ToArray()
    {
        if (Labels.Count != Rows * Columns)
        {
            throw new InvalidDataException($"label grid: {Labels.Count} labels for {Rows}×{Columns} cells");
        }
        var grid = new int[Rows, Columns];
        for (int r = 0; r < Rows; r++)
        {
            for (int c = 0; c < Columns; c++)
            {
                grid[r, c] = Labels[(r * Columns) + c];
            }
        }
        return grid;
    }
}
