using RegionCount.Models;
using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>
/// Exact 1-D region count of a piecewise-linear network along x(t) = origin + t·direction, t ∈ [left, right]:
/// walks the linear pieces (value and slope propagated in float64 through the layers; a piece ends where a ReLU
/// pre-activation changes sign or a max-pool window changes its argmax) and, inside each piece, follows the
/// argmax of the affine logits from one crossing to the next. Build once per model state; dispose after.
/// </summary>
public sealed class ExactLineCounter : IDisposable
{
    private const int MaxPieces = 10_000_000;
    private const double TieTolerance = 1e-12;
    private readonly PiecewiseNetwork _network;

    public ExactLineCounter(ILayerSequence network) => _network = PiecewiseNetwork.From(network);

    /// <summary>origin and direction: one input's shape (C×H×W), on the network's device.</summary>
    public ExactLineResult Count(Tensor origin, Tensor direction, double left, double right)
    {
        ArgumentNullException.ThrowIfNull(origin);
        ArgumentNullException.ThrowIfNull(direction);
        if (!(left < right))
        {
            throw new ArgumentException($"ExactLineCounter: left ({left}) must be below right ({right})", nameof(left));
        }
        using var scope = NewDisposeScope();
        var x0 = origin.to(float64);
        var u = direction.to(float64);
        var boundaries = new List<double>();
        var labels = new List<int>();
        var pieces = 0;
        var t = left;
        while (t < right)
        {
            if (++pieces > MaxPieces)
            {
                throw new InvalidOperationException($"ExactLineCounter: more than {MaxPieces} linear pieces");
            }
            double[] z, g;
            double length;
            using (var step = NewDisposeScope())
            {
                (z, g, length) = _network.Walk(x0 + (t * u), u);
            }
            var end = Math.Min(right, t + length);
            if (end <= t)
            {
                end = Math.Min(right, Math.BitIncrement(t));
            }
            var current = Leader(z, g, 0);
            if (labels.Count == 0)
            {
                labels.Add(current);
            }
            else if (labels[^1] != current)
            {
                boundaries.Add(t);
                labels.Add(current);
            }
            WalkPiece(z, g, t, end - t, current, boundaries, labels);
            t = end;
        }
        return new ExactLineResult(labels.Count, boundaries, labels, pieces);
    }

    public void Dispose() => _network.Dispose();

    /// <summary>Follows the argmax of z + s·g for s ∈ [0, span], recording every change.</summary>
    private static void WalkPiece(double[] z, double[] g, double start, double span, int current,
        List<double> boundaries, List<int> labels)
    {
        var now = 0.0;
        while (true)
        {
            var next = double.PositiveInfinity;
            for (int j = 0; j < z.Length; j++)
            {
                if (g[j] > g[current])
                {
                    next = Math.Min(next, Math.Max(now, (z[current] - z[j]) / (g[j] - g[current])));
                }
            }
            if (!(next < span))
            {
                return;
            }
            current = Leader(z, g, next);
            boundaries.Add(start + next);
            labels.Add(current);
            now = next;
        }
    }

    /// <summary>The argmax of z + s·g just after s: the largest value, ties broken by the largest slope.</summary>
    private static int Leader(double[] z, double[] g, double s)
    {
        var best = double.NegativeInfinity;
        for (int j = 0; j < z.Length; j++)
        {
            best = Math.Max(best, z[j] + (s * g[j]));
        }
        var tolerance = TieTolerance * Math.Max(1, Math.Abs(best));
        var leader = -1;
        for (int j = 0; j < z.Length; j++)
        {
            if (z[j] + (s * g[j]) >= best - tolerance && (leader < 0 || g[j] > g[leader]))
            {
                leader = j;
            }
        }
        return leader;
    }
}
