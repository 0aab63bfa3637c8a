using static TorchSharp.torch;

namespace RegionCount.Regions;

/// <summary>
/// One layer of a piecewise-affine network, applied to a batch of two rows: row 0 the value at the current point,
/// row 1 its derivative along the line. Nonlinear steps fix their linear piece at the current point (ties broken
/// by the derivative, i.e. the piece just after the point) and report how far along the line the piece lasts.
/// </summary>
internal interface IPiecewiseStep : IDisposable
{
    /// <summary>Values within this distance of a kink count as on it.</summary>
    const double Tolerance = 1e-9;

    /// <summary>Applies the layer; nonlinear steps add a scalar tensor (the piece's remaining length) to <paramref name="limits"/>.</summary>
    Tensor Forward(Tensor valueAndSlope, List<Tensor> limits);
}
