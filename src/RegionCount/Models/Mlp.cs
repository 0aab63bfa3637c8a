using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>Flatten → Linear → ReLU → … → Linear, with any hidden widths.</summary>
public sealed class Mlp : LayerSequenceNet
{
    public Mlp(InputShape shape, int classes, IReadOnlyList<int> hiddenWidths)
        : base("mlp", Build(shape, classes, hiddenWidths))
    {
    }

    private static IEnumerable<nn.Module<Tensor, Tensor>> Build(InputShape shape, int classes, IReadOnlyList<int> hiddenWidths)
    {
        ModelGuard.Check(shape, classes);
        ArgumentNullException.ThrowIfNull(hiddenWidths);
        yield return nn.Flatten();
        long inputs = shape.Features;
        foreach (var width in hiddenWidths)
        {
            ModelGuard.Positive(width, "mlp hidden width");
            yield return nn.Linear(inputs, width);
            yield return nn.ReLU();
            inputs = width;
        }
        yield return nn.Linear(inputs, classes);
    }
}
