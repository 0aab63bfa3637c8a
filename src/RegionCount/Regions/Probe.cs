namespace RegionCount.Regions;

/// <summary>
/// One probe: the data points it is built from and its coefficient grid. The grid has <see cref="Shape"/>
/// (row-major); <see cref="Cells"/> lists the grid cells that are evaluated, in evaluation order (all cells
/// except those a simplex masks out).
/// </summary>
public sealed class Probe
{
    internal Probe(int index, int[] endpointIndices, int[] shape, double[][] axes, int[] cells, double[][]? planeCoordinates)
    {
        Index = index;
        EndpointIndices = endpointIndices;
        Shape = shape;
        Axes = axes;
        Cells = cells;
        PlaneCoordinates = planeCoordinates;
    }

    public int Index { get; }

    /// <summary>Indices into the split the endpoints were drawn from (a, b for a segment; x₀..x_k for a simplex).</summary>
    public IReadOnlyList<int> EndpointIndices { get; }

    /// <summary>Grid shape: [points] in 1-D, [n]×k for a simplex, [R, R] for a plane.</summary>
    public IReadOnlyList<int> Shape { get; }

    /// <summary>Coefficient values per grid axis: α (segment), t (ray), cᵢ (simplex), u and v (plane).</summary>
    public IReadOnlyList<double[]> Axes { get; }

    /// <summary>Row-major indices of the evaluated grid cells.</summary>
    public IReadOnlyList<int> Cells { get; }

    /// <summary>For a plane: the three data points' (u, v) coordinates in the plane; otherwise null.</summary>
    public IReadOnlyList<double[]>? PlaneCoordinates { get; }

    public int GridSize => Shape.Aggregate(1, (a, b) => a * b);
}
