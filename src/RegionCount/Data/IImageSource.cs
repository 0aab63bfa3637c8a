using static TorchSharp.torch;

namespace RegionCount.Data;

/// <summary>
/// Images decoded on demand, batch by batch, for a split too large to hold in memory (ImageNet: 1.28 M images). An
/// <see cref="ImageDataset"/> built on a source keeps only its labels; every read decodes the files it needs, so the
/// memory a split takes is one batch. A source is immutable: subsets and normalizations are new sources.
/// </summary>
public interface IImageSource
{
    /// <summary>The shape of every image the source returns.</summary>
    InputShape Shape { get; }

    /// <summary>Images in the source.</summary>
    int Count { get; }

    /// <summary>What the source reads, for messages ("imagenet/train: 1281167 images under /data/imagenet/train").</summary>
    string Description { get; }

    /// <summary>The images at <paramref name="indices"/> with the evaluation transform (deterministic), float32
    /// N×C×H×W on the CPU, normalized when the source is.</summary>
    /// <exception cref="InvalidDataException">A file that cannot be decoded (the message names it).</exception>
    Tensor Read(IReadOnlyList<long> indices);

    /// <summary>The images at <paramref name="indices"/> with the training augmentation, its randomness drawn from
    /// <paramref name="generator"/> only (same generator state, same batch).</summary>
    /// <exception cref="InvalidDataException">A file that cannot be decoded (the message names it).</exception>
    Tensor ReadAugmented(IReadOnlyList<long> indices, Generator generator);

    /// <summary>The images at <paramref name="indices"/>, in that order.</summary>
    IImageSource Subset(IReadOnlyList<int> indices);

    /// <summary>The same images normalized with <paramref name="normalization"/> (replacing any normalization before).</summary>
    IImageSource Normalized(ChannelNormalization normalization);
}
