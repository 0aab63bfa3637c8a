using static TorchSharp.torch;

namespace RegionCount.Data;

/// <summary>
/// One split of a dataset held in memory: inputs as float32 N×C×H×W and labels as int64 N, on the CPU.
/// Owns its tensors. Readers return raw pixel values scaled to [0, 1]; normalization makes a new dataset.
/// Synthetic vector data uses the shape (d, 1, 1).
/// </summary>
public sealed class ImageDataset : IDisposable
{
    public ImageDataset(string name, Tensor images, Tensor labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(labels);
        if (images.dim() != 4)
        {
            throw new ArgumentException($"{name}: images must be N×C×H×W, got {images.dim()} dimensions", nameof(images));
        }
        if (labels.dim() != 1 || labels.shape[0] != images.shape[0])
        {
            throw new ArgumentException($"{name}: {images.shape[0]} images but {labels.shape[0]} labels", nameof(labels));
        }
        Name = name;
        Images = images.to(float32).DetachFromDisposeScope();
        Labels = labels.to(int64).DetachFromDisposeScope();
        Classes = classes;
    }

    public string Name { get; }

    /// <summary>float32, N×C×H×W.</summary>
    public Tensor Images { get; }

    /// <summary>int64, N.</summary>
    public Tensor Labels { get; }

    public int Classes { get; }

    public int Count => (int)Images.shape[0];

    public InputShape Shape => new((int)Images.shape[1], (int)Images.shape[2], (int)Images.shape[3]);

    public void Dispose()
    {
        Images.Dispose();
        Labels.Dispose();
    }
}
