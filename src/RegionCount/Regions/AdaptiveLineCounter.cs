using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>
/// Region count along a line by a coarse grid plus bisection of every interval whose end labels differ, until
/// each such interval is at most <c>resolution</c> wide. All midpoints of one round go through the model together.
/// </summary>
public static class AdaptiveLineCounter
{
    public static AdaptiveLineResult Count(nn.Module<Tensor, Tensor> model, Tensor origin, Tensor direction,
        double left, double right, int coarsePoints, double resolution, int maxPointsPerForward = 4000)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (coarsePoints < 2 || !(resolution > 0) || !(left < right))
        {
            throw new ArgumentException(
                $"AdaptiveLineCounter: need coarsePoints ≥ 2 ({coarsePoints}), resolution > 0 ({resolution}), left < right ({left}, {right})");
        }
        var ts = ProbeSet.Linspace(left, right, coarsePoints);
        var labels = ProbeEvaluator.PredictLine(model, origin, direction, ts, maxPointsPerForward);
        var evaluations = ts.Length;
        var open = new List<(double Lo, double Hi, int LabelLo, int LabelHi)>();
        for (int i = 0; i + 1 < ts.Length; i++)
        {
            if (labels[i] != labels[i + 1])
            {
                open.Add((ts[i], ts[i + 1], labels[i], labels[i + 1]));
            }
        }
        var done = new List<(double Lo, double Hi)>();
        while (open.Count > 0)
        {
            done.AddRange(open.Where(o => o.Hi - o.Lo <= resolution).Select(o => (o.Lo, o.Hi)));
            open.RemoveAll(o => o.Hi - o.Lo <= resolution);
            if (open.Count == 0)
            {
                break;
            }
            var mids = open.Select(o => 0.5 * (o.Lo + o.Hi)).ToArray();
            var midLabels = ProbeEvaluator.PredictLine(model, origin, direction, mids, maxPointsPerForward);
            evaluations += mids.Length;
            var next = new List<(double, double, int, int)>();
            for (int i = 0; i < open.Count; i++)
            {
                var (lo, hi, a, b) = open[i];
                if (a != midLabels[i])
                {
                    next.Add((lo, mids[i], a, midLabels[i]));
                }
                if (midLabels[i] != b)
                {
                    next.Add((mids[i], hi, midLabels[i], b));
                }
            }
            open = next;
        }
        var boundaries = done.Select(d => 0.5 * (d.Lo + d.Hi)).Order().ToArray();
        return new AdaptiveLineResult(1 + boundaries.Length, boundaries, resolution, evaluations);
    }
}
