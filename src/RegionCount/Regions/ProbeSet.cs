using RegionCount.Experiments;
using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>
/// The probes of one run, fixed once from a seed. Every probe point is a fixed combination of a few anchor
/// vectors: point = Σⱼ w[p, i, j] · anchor[p, j]. Anchors (M×m×F, float32) and weights (M×n×m, float64) live on
/// the device so a measurement only multiplies them out chunk by chunk.
/// </summary>
public sealed partial class ProbeSet : IDisposable
{
    private Tensor[]? _pointCache;
    private ProbeSet(ProbeSettings settings, Data.InputShape shape, IReadOnlyList<Probe> probes, Tensor anchors, Tensor weights)
    {
        Settings = settings;
        InputShape = shape;
        Probes = probes;
        Anchors = anchors;
        Weights = weights;
    }

    public ProbeSettings Settings { get; }

    public Data.InputShape InputShape { get; }

    public IReadOnlyList<Probe> Probes { get; }

    /// <summary>M × m × F anchor vectors (float32, on the device).</summary>
    internal Tensor Anchors { get; }

    /// <summary>M × n × m combination weights (float64, on the device).</summary>
    internal Tensor Weights { get; }

    /// <summary>Evaluated points per probe (n).</summary>
    public int PointsPerProbe => (int)Weights.shape[1];

    public Device Device => Anchors.device;

    /// <summary>
    /// For a 1-D probe: the line x(t) = origin + t·direction whose t runs over [Left, Right], as float64 tensors of
    /// one input's shape (C×H×W), on the device. The caller disposes them.
    /// </summary>
    public (Tensor Origin, Tensor Direction) Line(int probe)
    {
        if (Settings.Dimension != 1)
        {
            throw new InvalidOperationException($"ProbeSet: probe kind {Settings.Kind} is not a line");
        }
        using var scope = NewDisposeScope();
        var a = Anchors[probe].to(float64);
        var shape = new[] { (long)InputShape.Channels, InputShape.Height, InputShape.Width };
        var origin = a[0].reshape(shape);
        var direction = Settings.Kind == ProbeKind.Segment ? (a[1] - a[0]).reshape(shape) : a[1].reshape(shape);
        return (origin.MoveToOuterDisposeScope(), direction.MoveToOuterDisposeScope());
    }

    /// <summary>Number of chunks whose points are currently kept (0 when nothing is cached).</summary>
    internal int CachedChunks => _pointCache?.Count(c => c is not null) ?? 0;

    /// <summary>Number of forward chunks: all points, <see cref="ProbeSettings.MaxPointsPerForward"/> at a time.</summary>
    internal int ChunkCount => (TotalPoints + Settings.MaxPointsPerForward - 1) / Settings.MaxPointsPerForward;

    /// <summary>Points of every probe together (M·n).</summary>
    internal int TotalPoints => Probes.Count * PointsPerProbe;

    /// <summary>
    /// The points of forward chunk <paramref name="chunk"/> (points chunk·MaxPointsPerForward onwards, probe after
    /// probe) in the model's input shape and <paramref name="dtype"/>. A chunk is always built by the same operations,
    /// so a kept chunk equals a rebuilt one bit for bit. Kept chunks (see <see cref="ProbeSettings.PointCacheBytes"/>)
    /// belong to the probe set; a built one to the caller's scope.
    /// </summary>
    internal Tensor ChunkPoints(int chunk, ScalarType dtype)
    {
        var cached = _pointCache?[chunk];
        if (cached is not null)
        {
            if (cached.dtype == dtype)
            {
                return cached;
            }
            ClearPointCache();
        }
        var n = PointsPerProbe;
        var start = chunk * Settings.MaxPointsPerForward;
        var end = Math.Min(TotalPoints, start + Settings.MaxPointsPerForward);
        var p0 = start / n;
        var p1 = ((end - 1) / n) + 1;
        Tensor points;
        using (var scope = NewDisposeScope())
        {
            var w = Weights.narrow(0, p0, p1 - p0).to(dtype);
            var a = Anchors.narrow(0, p0, p1 - p0).to(dtype);
            points = bmm(w, a).reshape(-1, InputShape.Features).narrow(0, start - (p0 * n), end - start)
                .reshape(InputShape.Batch(end - start)).MoveToOuterDisposeScope();
        }
        if (!Fits(dtype))
        {
            return points;
        }
        _pointCache ??= new Tensor[ChunkCount];
        // A chunk that starts or ends inside a probe is a view of a larger product; keep only its own points.
        var whole = start == p0 * n && end == p1 * n;
        _pointCache[chunk] = (whole ? points.alias() : points.clone()).DetachFromDisposeScope();
        return _pointCache[chunk];
    }

    /// <summary>Drops the kept points; the next measurement builds them again.</summary>
    internal void ClearPointCache()
    {
        if (_pointCache is null)
        {
            return;
        }
        foreach (var c in _pointCache)
        {
            c?.Dispose();
        }
        _pointCache = null;
    }

    private bool Fits(ScalarType dtype)
    {
        var bytes = (long)TotalPoints * InputShape.Features * ElementSize(dtype);
        return Settings.PointCacheBytes > 0 && bytes <= Settings.PointCacheBytes;
    }

    private static long ElementSize(ScalarType dtype) => dtype switch
    {
        ScalarType.Float64 or ScalarType.Int64 or ScalarType.ComplexFloat32 => 8,
        ScalarType.Float16 or ScalarType.BFloat16 or ScalarType.Int16 => 2,
        ScalarType.Byte or ScalarType.Int8 or ScalarType.Bool => 1,
        ScalarType.ComplexFloat64 => 16,
        _ => 4,
    };

    public void Dispose()
    {
        ClearPointCache();
        Anchors.Dispose();
        Weights.Dispose();
    }
}
