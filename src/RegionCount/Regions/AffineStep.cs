using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>An affine layer: the linear part is applied to value and slope, the bias only to the value.</summary>
internal sealed class AffineStep(Func<Tensor, Tensor> linear, Tensor? bias, IReadOnlyList<Tensor> owned) : IPiecewiseStep
{
    public Tensor Forward(Tensor valueAndSlope, List<Tensor> limits)
    {
        var y = linear(valueAndSlope);
        return bias is null ? y : stack([y[0] + bias, y[1]]);
    }

    public void Dispose()
    {
        foreach (var tensor in owned)
        {
            tensor.Dispose();
        }
    }
}
