using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>ReLU: a unit is on when its value is positive, or zero and rising; the piece ends at the next sign change.</summary>
internal sealed class ReluStep : IPiecewiseStep
{
    public Tensor Forward(Tensor valueAndSlope, List<Tensor> limits)
    {
        var v = valueAndSlope[0];
        var d = valueAndSlope[1];
        var on = (v > IPiecewiseStep.Tolerance) | ((v >= -IPiecewiseStep.Tolerance) & (d > 0));
        var crossing = (on & (d < 0)) | (on.logical_not() & (d > 0));
        var t = where(crossing, -v / d, tensor(double.PositiveInfinity, v.dtype, v.device));
        limits.Add(t.min());
        return valueAndSlope * on.unsqueeze(0).to(valueAndSlope.dtype);
    }

    public void Dispose()
    {
    }
}
