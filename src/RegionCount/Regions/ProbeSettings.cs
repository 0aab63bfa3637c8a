using System.Globalization;
using RegionCount.Experiments;

namespace RegionCount.Regions;

/// <summary>
/// How probes are drawn and evaluated. Defaults follow the paper's estimator: 100 segments between distinct
/// training points, 200 α values on [0, 1] with both ends included.
/// </summary>
public sealed record ProbeSettings
{
    public ProbeKind Kind { get; init; } = ProbeKind.Segment;

    public ProbeSplit Split { get; init; } = ProbeSplit.Train;

    /// <summary>The crop border per channel when <see cref="Split"/> is augmented-train (the run's crop padding in the
    /// normalized tensor, as its training augmentation pads); null = 0. Not read by the other splits.</summary>
    public IReadOnlyList<float>? EndpointFill { get; init; }

    /// <summary>Number of probes M.</summary>
    public int Count { get; init; } = 100;

    /// <summary>Grid points along a segment or ray (both ends included).</summary>
    public int Points { get; init; } = 200;

    /// <summary>Start of the 1-D parameter interval [l, r]; l &lt; 0 extends beyond the first endpoint.</summary>
    public double Left { get; init; }

    /// <summary>End of the 1-D parameter interval [l, r]; r &gt; 1 extends beyond the second endpoint.</summary>
    public double Right { get; init; } = 1.0;

    /// <summary>Length of a ray (L2 norm in input space) at t = 1.</summary>
    public double RayLength { get; init; } = 0.1;

    /// <summary>k of a simplex probe (2..5).</summary>
    public int SimplexDimension { get; init; } = 2;

    /// <summary>Values per simplex axis; null = 10 for k = 2 and 5 for k ≥ 3 (the paper).</summary>
    public int? ValuesPerAxis { get; init; }

    /// <summary>R of the plane's R×R grid.</summary>
    public int PlaneResolution { get; init; } = 100;

    /// <summary>Margin added on every side of the plane's bounding box, as a fraction of its side (dbViz: 0.1).</summary>
    public double PlaneMargin { get; init; } = 0.1;

    /// <summary>Null = the paper's: Full (8-connectivity) for 2-D pieces, Face for k ≥ 3.</summary>
    public Connectivity? Connectivity { get; init; }

    /// <summary>Memory bound: at most this many probe points go through one forward pass.</summary>
    public int MaxPointsPerForward { get; init; } = 4000;

    /// <summary>
    /// Memory bound for reusing probe points: when all points of the probes (in the model's parameter type) fit in
    /// this many bytes, they are built at the first measurement and kept on the device, so later measurements of
    /// the same run only run the model. 0 builds them anew at every measurement. Results are identical either way.
    /// </summary>
    public long PointCacheBytes { get; init; } = 256L * 1024 * 1024;

    /// <summary>The dimension of the probed piece: 1 for segments and rays, k for simplices, 2 for planes.</summary>
    public int Dimension => Kind switch
    {
        ProbeKind.Segment or ProbeKind.Ray => 1,
        ProbeKind.Simplex => SimplexDimension,
        ProbeKind.Plane => 2,
        _ => throw new InvalidOperationException($"probe kind {Kind}: no dimension"),
    };

    public int EffectiveValuesPerAxis => ValuesPerAxis ?? (SimplexDimension == 2 ? 10 : 5);

    public Connectivity EffectiveConnectivity =>
        Connectivity ?? (Dimension == 2 ? Regions.Connectivity.Full : Regions.Connectivity.Face);

    /// <summary>Data points one probe needs.</summary>
    public int Endpoints => Kind switch
    {
        ProbeKind.Segment => 2,
        ProbeKind.Ray => 1,
        ProbeKind.Simplex => SimplexDimension + 1,
        ProbeKind.Plane => 3,
        _ => throw new InvalidOperationException($"probe kind {Kind}: no endpoints"),
    };

    /// <summary>Throws with a one-line message naming the first bad field.</summary>
    public void Validate()
    {
        Require(Count >= 1, nameof(Count), Count, "must be at least 1");
        Require(MaxPointsPerForward >= 1, nameof(MaxPointsPerForward), MaxPointsPerForward, "must be at least 1");
        Require(PointCacheBytes >= 0, nameof(PointCacheBytes), PointCacheBytes, "must be 0 (no cache) or positive");
        if (Kind is ProbeKind.Segment or ProbeKind.Ray)
        {
            Require(Points >= 2, nameof(Points), Points, "must be at least 2");
            Require(double.IsFinite(Left) && double.IsFinite(Right) && Left < Right, nameof(Left), Left, $"must be finite and below Right ({Right.ToString(CultureInfo.InvariantCulture)})");
        }
        if (Kind == ProbeKind.Ray)
        {
            Require(double.IsFinite(RayLength) && RayLength > 0, nameof(RayLength), RayLength, "must be positive");
        }
        if (Kind == ProbeKind.Simplex)
        {
            Require(SimplexDimension is >= 2 and <= 5, nameof(SimplexDimension), SimplexDimension, "must be 2..5");
            Require(EffectiveValuesPerAxis >= 2, nameof(ValuesPerAxis), EffectiveValuesPerAxis, "must be at least 2");
        }
        if (Kind == ProbeKind.Plane)
        {
            Require(PlaneResolution >= 2, nameof(PlaneResolution), PlaneResolution, "must be at least 2");
            Require(double.IsFinite(PlaneMargin) && PlaneMargin >= 0, nameof(PlaneMargin), PlaneMargin, "must be non-negative");
        }
    }

    private static void Require(bool ok, string field, double value, string what)
    {
        if (!ok)
        {
            throw new ArgumentException(
                $"ProbeSettings.{field}: {what}, got {value.ToString(CultureInfo.InvariantCulture)}", field);
        }
    }
}
