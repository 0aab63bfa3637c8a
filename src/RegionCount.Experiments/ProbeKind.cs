namespace RegionCount.Experiments;

/// <summary>The shape of the low-dimensional piece of input space a probe covers (profiles: segment, ray, simplex,
/// plane; see <see cref="JsonNames"/>).</summary>
public enum ProbeKind
{
    /// <summary>x(α) = (1−α)a + αb between two data points, α on a grid over [l, r] (the paper's main estimator).</summary>
    Segment,

    /// <summary>x(t) = a + t·L·u from one data point along a random unit Gaussian direction u, t on a grid over [l, r].</summary>
    Ray,

    /// <summary>x = (1−Σcᵢ)x₀ + Σcᵢxᵢ through k+1 data points, cᵢ on a grid, only Σcᵢ ≤ 1 kept.</summary>
    Simplex,

    /// <summary>The plane through three data points over its bounding box with a margin (dbViz), R×R grid.</summary>
    Plane,
}
