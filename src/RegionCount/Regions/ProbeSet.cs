using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>
/// The probes of one run, fixed once from a seed. Every probe point is a fixed combination of a few anchor
/// vectors: point = Σⱼ w[p, i, j] · anchor[p, j]. Anchors (M×m×F, float32) and weights (M×n×m, float64) live on
/// the device so a measurement only multiplies them out chunk by chunk.
/// </summary>
public sealed partial class ProbeSet : IDisposable
{
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

    public void Dispose()
    {
        Anchors.Dispose();
        Weights.Dispose();
    }
}
