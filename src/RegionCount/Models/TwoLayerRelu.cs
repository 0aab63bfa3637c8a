using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// f(x) = W₂ ReLU(W₁ x + b₁) + b₂: one hidden layer of the given width (the theory claim's network). With
/// <c>outputs</c> = 1 it is a real-valued network (for squared loss); otherwise one output per class.
/// </summary>
public sealed class TwoLayerRelu : LayerSequenceNet
{
    public TwoLayerRelu(InputShape shape, int outputs, int width)
        : base("two-layer-relu", Build(shape, outputs, width))
    {
    }

    private static IEnumerable<nn.Module<Tensor, Tensor>> Build(InputShape shape, int outputs, int width)
    {
        ModelGuard.Check(shape, outputs);
        ModelGuard.Positive(width, "two-layer-relu width");
        return [nn.Flatten(), nn.Linear(shape.Features, width), nn.ReLU(), nn.Linear(width, outputs)];
    }
}
