using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>
/// 2-D max pooling without padding or dilation: each window passes its largest entry (ties → the one rising
/// fastest); the piece ends when another entry of some window overtakes it.
/// </summary>
internal sealed class MaxPoolStep(long kernelH, long kernelW, long strideH, long strideW) : IPiecewiseStep
{
    public Tensor Forward(Tensor valueAndSlope, List<Tensor> limits)
    {
        var c = valueAndSlope.shape[1];
        var h = valueAndSlope.shape[2];
        var w = valueAndSlope.shape[3];
        var outH = ((h - kernelH) / strideH) + 1;
        var outW = ((w - kernelW) / strideW) + 1;
        var windows = nn.functional.unfold(valueAndSlope, (kernelH, kernelW), stride: (strideH, strideW))
            .reshape(2, c, kernelH * kernelW, outH * outW);
        var v = windows[0];
        var d = windows[1];
        var top = v.max(1, keepdim: true).values;
        var candidate = v >= top - IPiecewiseStep.Tolerance;
        var pick = where(candidate, d, tensor(double.NegativeInfinity, d.dtype, d.device)).argmax(1, keepdim: true);
        var vs = v.gather(1, pick);
        var ds = d.gather(1, pick);
        var faster = d > ds;
        var t = where(faster, (vs - v) / (d - ds), tensor(double.PositiveInfinity, v.dtype, v.device));
        limits.Add(t.clamp_min(0).min());
        return stack([vs.reshape(c, outH, outW), ds.reshape(c, outH, outW)]);
    }

    public void Dispose()
    {
    }
}
