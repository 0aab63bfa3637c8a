using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// A CNN for CPU runs: conv 3×3 (padding 1) → ReLU → maxpool 2 → conv 3×3 (padding 1) → ReLU → maxpool 2 →
/// flatten → fc → ReLU → fc. The first fc's input follows the image size (28×28 → 7×7, 32×32 → 8×8).
/// </summary>
public sealed class SmallCnn : LayerSequenceNet
{
    public SmallCnn(InputShape shape, int classes, int channels1, int channels2, int hidden)
        : base("small-cnn", Build(shape, classes, channels1, channels2, hidden))
    {
    }

    private static IEnumerable<nn.Module<Tensor, Tensor>> Build(InputShape shape, int classes, int channels1, int channels2, int hidden)
    {
        ModelGuard.Check(shape, classes);
        ModelGuard.Positive(channels1, "small-cnn conv channels 1");
        ModelGuard.Positive(channels2, "small-cnn conv channels 2");
        ModelGuard.Positive(hidden, "small-cnn hidden width");
        if (shape.Height < 4 || shape.Width < 4)
        {
            throw new ArgumentException($"small-cnn: input {shape} is too small (needs at least 4x4)", nameof(shape));
        }
        long flat = (long)channels2 * (shape.Height / 4) * (shape.Width / 4);
        return
        [
            nn.Conv2d(shape.Channels, channels1, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Conv2d(channels1, channels2, 3, padding: 1), nn.ReLU(), nn.MaxPool2d(2),
            nn.Flatten(), nn.Linear(flat, hidden), nn.ReLU(), nn.Linear(hidden, classes),
        ];
    }
}
