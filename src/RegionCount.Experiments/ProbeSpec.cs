namespace RegionCount.Experiments;

/// <summary>How region counts are measured: which pieces of input space, how many, how finely.</summary>
public sealed record ProbeSpec
{
    /// <summary>segment (pairs of points), ray (a point and a random direction), simplex (k+1 points) or plane.</summary>
    public ProbeKind? Kind { get; init; }

    /// <summary>Dimension of a simplex probe (2..5); 1 for segments and rays.</summary>
    public int Dimension { get; init; } = 1;

    /// <summary>Number of probes (the paper: 100).</summary>
    public int? Count { get; init; }

    /// <summary>Grid points per axis (the paper: 200 for segments).</summary>
    public int? Resolution { get; init; }

    /// <summary>The parameter interval [l, r] (the paper: [0, 1]).</summary>
    public IReadOnlyList<double>? Interval { get; init; }

    /// <summary>train or test: where the probe's points come from.</summary>
    public ProbeSplit Split { get; init; } = ProbeSplit.Train;

    /// <summary>Length of a ray probe's direction (rays only).</summary>
    public double? RayLength { get; init; }

    /// <summary>At most this many probe points per forward pass (default 4000). A speed knob: small convolutional
    /// networks on a CPU run several times faster at a few hundred points than at 4000 (see README).</summary>
    public int? PointsPerForward { get; init; }

    /// <summary>Also count exactly (piecewise-linear models, segments only), besides the grid count.</summary>
    public bool Exact { get; init; }
}
