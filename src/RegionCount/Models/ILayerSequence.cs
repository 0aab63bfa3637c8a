using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// A network whose forward pass is its layers applied in order (MLP, small CNN, two-layer ReLU net). The exact
/// region counter walks these layers to find every linear piece along a segment; networks with branches
/// (ResNets) do not implement it.
/// </summary>
public interface ILayerSequence
{
    /// <summary>The layers, in forward order (Flatten, Linear, ReLU, Conv2d, BatchNorm2d, pooling, ...).</summary>
    IReadOnlyList<nn.Module<Tensor, Tensor>> Layers { get; }
}
