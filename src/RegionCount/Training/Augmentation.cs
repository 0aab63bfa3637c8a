using TorchSharp;
using static TorchSharp.torch;

namespace RegionCount.Training;

/// <summary>
/// The CIFAR training augmentation, per image: RandomCrop(H×W, padding 4) then RandomHorizontalFlip(0.5).
/// Offsets (0..8 in each direction) and flips come from the given generator only. Crop and flip are one gather:
/// out[n, c, i, j] = padded[n, c, dy_n + i, dx_n + (flip_n ? W − 1 − j : j)]. The border holds 0 (in a normalized
/// tensor the channel mean), or a value per channel (e.g. <see cref="Data.ChannelNormalization.Black"/>, torchvision's
/// black border of the raw image).
/// </summary>
public static class Augmentation
{
    public const int Padding = 4;

    /// <summary>A new augmented batch (N×C×H×W, on the input's device); the input is not changed.</summary>
    /// <param name="images">The batch.</param>
    /// <param name="generator">The source of offsets and flips.</param>
    /// <param name="fill">The border's value per channel; null = 0 (the same offsets and flips either way).</param>
    public static Tensor CropAndFlip(Tensor images, Generator generator, IReadOnlyList<float>? fill = null)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(generator);
        if (images.dim() != 4)
        {
            throw new ArgumentException($"augmentation: images must be N×C×H×W, got {images.dim()} dimensions", nameof(images));
        }
        long n = images.shape[0], c = images.shape[1], h = images.shape[2], w = images.shape[3];
        using var scope = NewDisposeScope();
        var dy = randint(0, (2 * Padding) + 1, [n, 1], dtype: int64, generator: generator);
        var dx = randint(0, (2 * Padding) + 1, [n, 1], dtype: int64, generator: generator);
        var flip = rand([n, 1], generator: generator).lt(0.5);

        var columns = arange(w, dtype: int64).unsqueeze(0);
        var rows = dy + arange(h, dtype: int64).unsqueeze(0);                      // N×H
        var cols = dx + where(flip, (w - 1) - columns, columns);                   // N×W

        if (fill is not null && fill.Count != c)
        {
            throw new ArgumentException($"augmentation: {fill.Count} fill values for {c} channels", nameof(fill));
        }
        var padded = fill is null ? nn.functional.pad(images, [Padding, Padding, Padding, Padding], PaddingModes.Constant, 0) : Pad(images, fill);
        var device = images.device;
        var result = padded.index(
            TensorIndex.Tensor(arange(n, dtype: int64).view(n, 1, 1, 1).to(device)),
            TensorIndex.Tensor(arange(c, dtype: int64).view(1, c, 1, 1).to(device)),
            TensorIndex.Tensor(rows.view(n, 1, h, 1).to(device)),
            TensorIndex.Tensor(cols.view(n, 1, 1, w).to(device)));
        return result.MoveToOuterDisposeScope();
    }

    /// <summary>The images inside a border of <see cref="Padding"/> pixels holding <paramref name="fill"/>[c] in channel c;
    /// the inside is copied, not computed, so it is the input exactly.</summary>
    private static Tensor Pad(Tensor images, IReadOnlyList<float> fill)
    {
        long n = images.shape[0], c = images.shape[1], h = images.shape[2], w = images.shape[3];
        var padded = tensor(fill.ToArray(), dtype: images.dtype, device: images.device).view(1, c, 1, 1)
            .expand(n, c, h + (2 * Padding), w + (2 * Padding)).contiguous();
        padded.narrow(2, Padding, h).narrow(3, Padding, w).copy_(images);
        return padded;
    }
}
