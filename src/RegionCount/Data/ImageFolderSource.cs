using System.Globalization;
using static TorchSharp.torch;

namespace RegionCount.Data;

/// <summary>
/// An <see cref="ImageFolderSplit"/> decoded per batch with SkiaSharp into 3×224×224 float32 inputs: evaluation
/// transform Resize(256) + CenterCrop(224), training transform RandomResizedCrop(224) + horizontal flip
/// (<see cref="ImageNetCrop"/>), pixels scaled to [0, 1] and, once normalized, (x − mean) / std per channel. The images
/// of a batch are decoded in parallel; each depends only on its file and, in training, its own row of uniforms drawn
/// from the generator before decoding, so a batch is the same whatever the thread count.
/// </summary>
public sealed class ImageFolderSource : IImageSource
{
    private const int Pixels = ImageNetCrop.Size * ImageNetCrop.Size;

    private readonly ImageFolderSplit _split;
    private readonly int[]? _order;
    private readonly ChannelNormalization? _normalization;

    /// <summary>Every image of <paramref name="split"/>, raw (pixels in [0, 1]).</summary>
    public ImageFolderSource(string name, ImageFolderSplit split)
        : this(name, split, null, null)
    {
    }

    private ImageFolderSource(string name, ImageFolderSplit split, int[]? order, ChannelNormalization? normalization)
    {
        ArgumentNullException.ThrowIfNull(split);
        Name = name;
        _split = split;
        _order = order;
        _normalization = normalization;
    }

    public string Name { get; }

    public InputShape Shape => ImageNetCrop.Shape;

    public int Count => _order?.Length ?? _split.Files.Count;

    public string Description => string.Create(CultureInfo.InvariantCulture,
        $"{Name}: {Count} images under {(_split.Folders.Count == 1 ? _split.Folders[0] : Path.GetDirectoryName(_split.Folders[0]))}");

    /// <summary>The path of image <paramref name="index"/> of this source.</summary>
    public string PathOf(int index) => _split.PathOf(_order?[index] ?? index);

    public Tensor Read(IReadOnlyList<long> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        return Decode(indices, null);
    }

    public Tensor ReadAugmented(IReadOnlyList<long> indices, Generator generator)
    {
        ArgumentNullException.ThrowIfNull(indices);
        ArgumentNullException.ThrowIfNull(generator);
        using var draws = rand([indices.Count, ImageNetCrop.Draws], float64, generator: generator);
        return Decode(indices, draws.data<double>().ToArray());
    }

    public IImageSource Subset(IReadOnlyList<int> indices)
    {
        ArgumentNullException.ThrowIfNull(indices);
        return new ImageFolderSource(Name, _split, [.. indices.Select(i => _order?[i] ?? i)], _normalization);
    }

    public IImageSource Normalized(ChannelNormalization normalization)
    {
        ArgumentNullException.ThrowIfNull(normalization);
        if (normalization.Mean.Count != 3 || normalization.Std.Count != 3)
        {
            throw new ArgumentException($"{Name}: normalization has {normalization.Mean.Count} means and {normalization.Std.Count} stds for 3 channels", nameof(normalization));
        }
        return new ImageFolderSource(Name, _split, _order, normalization);
    }

    /// <summary>N×3×224×224: the evaluation transform, or the training one when <paramref name="draws"/> holds each
    /// image's <see cref="ImageNetCrop.Draws"/> uniforms.</summary>
    private Tensor Decode(IReadOnlyList<long> indices, double[]? draws)
    {
        int n = indices.Count;
        var values = new float[(long)n * 3 * Pixels];
        float[] mean = [.. _normalization?.Mean ?? [0f, 0f, 0f]];
        float[] std = [.. _normalization?.Std ?? [1f, 1f, 1f]];
        bool normalize = _normalization is not null;
        foreach (long index in indices.Where(x => x < 0 || x >= Count))
        {
            throw new ArgumentOutOfRangeException(nameof(indices), index, $"{Name}: index outside [0, {Count})");
        }
        // A file that fails is reported after the batch, the first in batch order, so the message does not depend on
        // which thread got there first.
        var errors = new InvalidDataException?[n];
        Parallel.For(0, n, i =>
        {
            string path = PathOf((int)indices[i]);
            try
            {
                var rgba = draws is null
                    ? ImageDecoder.Evaluation(path)
                    : ImageDecoder.Training(path, draws.AsSpan(i * ImageNetCrop.Draws, ImageNetCrop.Draws));
                var target = values.AsSpan(i * 3 * Pixels, 3 * Pixels);
                for (int p = 0; p < Pixels; p++)
                {
                    for (int c = 0; c < 3; c++)
                    {
                        float x = rgba[(4 * p) + c] / 255f;
                        target[(c * Pixels) + p] = normalize ? (x - mean[c]) / std[c] : x;
                    }
                }
            }
            catch (InvalidDataException e)
            {
                errors[i] = e;
            }
        });
        if (errors.FirstOrDefault(e => e is not null) is { } error)
        {
            throw error;
        }
        return tensor(values, [n, 3, ImageNetCrop.Size, ImageNetCrop.Size]);
    }
}
