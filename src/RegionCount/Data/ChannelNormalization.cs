using static TorchSharp.torch;

namespace RegionCount.Data;

/// <summary>Per-channel mean and standard deviation; applying it maps x to (x − mean) / std channel by channel.</summary>
public sealed record ChannelNormalization(IReadOnlyList<float> Mean, IReadOnlyList<float> Std)
{
    /// <summary>The CIFAR-10 statistics the paper's training code uses (kuangliu/pytorch-cifar).</summary>
    public static ChannelNormalization Cifar10 { get; } = new([0.4914f, 0.4822f, 0.4465f], [0.2023f, 0.1994f, 0.2010f]);

    /// <summary>The CIFAR-100 statistics the paper's training code uses.</summary>
    public static ChannelNormalization Cifar100 { get; } = new([0.5071f, 0.4867f, 0.4408f], [0.2675f, 0.2565f, 0.2761f]);

    /// <summary>
    /// The per-channel mean and population standard deviation over all examples and pixels of
    /// <paramref name="train"/> (compute it on the training split, apply it to both).
    /// </summary>
    public static ChannelNormalization Compute(ImageDataset train)
    {
        ArgumentNullException.ThrowIfNull(train);
        using var scope = NewDisposeScope();
        var x = train.Images.to(float64);
        var mean = x.mean([0, 2, 3]);
        var std = x.std([0, 2, 3], unbiased: false);
        return new([.. mean.data<double>().Select(v => (float)v)], [.. std.data<double>().Select(v => (float)v)]);
    }

    /// <summary>A black pixel (raw value 0) after normalization, per channel: (0 − mean) / std in single precision, the
    /// value <see cref="Apply"/> gives a raw 0.</summary>
    public IReadOnlyList<float> Black => [.. Mean.Zip(Std, (mean, std) => (0f - mean) / std)];

    /// <summary>A new dataset with normalized images (same labels, classes and name); a streamed split normalizes as it
    /// decodes.</summary>
    /// <exception cref="ArgumentException">The channel count differs, or a std is not positive.</exception>
    public ImageDataset Apply(ImageDataset dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        var channels = dataset.Shape.Channels;
        if (Mean.Count != channels || Std.Count != channels)
        {
            throw new ArgumentException(
                $"{dataset.Name}: normalization has {Mean.Count} means and {Std.Count} stds for {channels} channels", nameof(dataset));
        }
        if (Std.Any(s => !(s > 0)))
        {
            throw new ArgumentException($"{dataset.Name}: normalization std must be positive, got ({string.Join(", ", Std)})", nameof(dataset));
        }
        using var scope = NewDisposeScope();
        if (dataset.Source is { } source)
        {
            return new ImageDataset(dataset.Name, source.Normalized(this), dataset.Labels.clone(), dataset.Classes);
        }
        var mean = tensor(Mean.ToArray(), [1, channels, 1, 1]);
        var std = tensor(Std.ToArray(), [1, channels, 1, 1]);
        return new ImageDataset(dataset.Name, (dataset.Images - mean) / std, dataset.Labels.clone(), dataset.Classes);
    }
}
