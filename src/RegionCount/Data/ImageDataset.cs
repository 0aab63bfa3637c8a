using static TorchSharp.torch;

namespace RegionCount.Data;

/// <summary>
/// One split of a dataset: inputs as float32 N×C×H×W and labels as int64 N, on the CPU. Owns its tensors. Readers return
/// raw pixel values scaled to [0, 1]; normalization makes a new dataset. Synthetic vector data uses the shape (d, 1, 1).
/// A split is either held in memory (<see cref="Images"/>) or streamed from an <see cref="IImageSource"/> that decodes
/// per batch (<see cref="IsStreamed"/>: only the labels are in memory). Training, evaluation, probes and margins read
/// through <see cref="Slice"/> and <see cref="Select"/>, which work on both.
/// </summary>
public sealed class ImageDataset : IDisposable
{
    private readonly Tensor? _images;

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
        _images = images.to(float32).DetachFromDisposeScope();
        Labels = labels.to(int64).DetachFromDisposeScope();
        Classes = classes;
        Shape = new InputShape((int)_images.shape[1], (int)_images.shape[2], (int)_images.shape[3]);
    }

    /// <summary>A streamed split: images decoded from <paramref name="source"/> per batch, labels in memory.</summary>
    public ImageDataset(string name, IImageSource source, Tensor labels, int classes)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(labels);
        if (labels.dim() != 1 || labels.shape[0] != source.Count)
        {
            throw new ArgumentException($"{name}: {source.Count} images but {labels.shape[0]} labels", nameof(labels));
        }
        Name = name;
        Source = source;
        Labels = labels.to(int64).DetachFromDisposeScope();
        Classes = classes;
        Shape = source.Shape;
    }

    public string Name { get; }

    /// <summary>float32, N×C×H×W, for a split held in memory.</summary>
    /// <exception cref="InvalidOperationException">A streamed split: read it with <see cref="Slice"/> or <see cref="Select"/>.</exception>
    public Tensor Images => _images ?? throw new InvalidOperationException(
        $"{Name}: streamed from files ({Source!.Description}), never held in memory; read it batch by batch (Slice, Select)");

    /// <summary>The decoder of a streamed split; null when the images are in memory.</summary>
    public IImageSource? Source { get; }

    /// <summary>Whether the images are decoded per batch (<see cref="Source"/>) rather than held in memory.</summary>
    public bool IsStreamed => Source is not null;

    /// <summary>int64, N.</summary>
    public Tensor Labels { get; }

    public int Classes { get; }

    public int Count => (int)Labels.shape[0];

    public InputShape Shape { get; }

    /// <summary>Images start … start + count − 1 (evaluation transform for a streamed split; a view for one in memory).</summary>
    public Tensor Slice(long start, long count) =>
        _images?.narrow(0, start, count) ?? Source!.Read([.. Enumerable.Range(0, (int)count).Select(i => start + i)]);

    /// <summary>The images at <paramref name="indices"/> (int64, 1-D), in that order (evaluation transform for a
    /// streamed split).</summary>
    public Tensor Select(Tensor indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        return _images?.index_select(0, indices) ?? Source!.Read(indices.data<long>().ToArray());
    }

    /// <summary>A split holding the examples at <paramref name="indices"/> (ascending or not), with the same name.</summary>
    public ImageDataset Take(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        using var scope = NewDisposeScope();
        var index = tensor(indices.Select(i => (long)i).ToArray());
        return Source is { } source
            ? new ImageDataset(Name, source.Subset(indices), Labels.index_select(0, index), Classes)
            : new ImageDataset(Name, Images.index_select(0, index), Labels.index_select(0, index), Classes);
    }

    /// <summary>The same images with other labels (the label-noise option).</summary>
    public ImageDataset WithLabels(long[] labels)
    {
        ArgumentNullException.ThrowIfNull(labels);
        using var scope = NewDisposeScope();
        return Source is { } source
            ? new ImageDataset(Name, source, tensor(labels), Classes)
            : new ImageDataset(Name, Images.clone(), tensor(labels), Classes);
    }

    public void Dispose()
    {
        _images?.Dispose();
        Labels.Dispose();
    }
}
