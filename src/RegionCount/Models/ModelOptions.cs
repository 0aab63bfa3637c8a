namespace RegionCount.Models;

/// <summary>
/// The knobs of the small models and the base width of ResNet/VGG (the other CIFAR architectures have none). Serialized next to saved weights, so a
/// saved model is rebuilt with the same options.
/// </summary>
public sealed record ModelOptions
{
    public static ModelOptions Default { get; } = new();

    /// <summary>mlp: the hidden layer widths, input side first (empty = a linear model).</summary>
    public IReadOnlyList<int> HiddenWidths { get; init; } = [256, 256];

    /// <summary>two-layer-relu: the width of the one hidden layer.</summary>
    public int Width { get; init; } = 100;

    /// <summary>small-cnn: output channels of the first 3×3 convolution.</summary>
    public int ConvChannels1 { get; init; } = 16;

    /// <summary>small-cnn: output channels of the second 3×3 convolution.</summary>
    public int ConvChannels2 { get; init; } = 32;

    /// <summary>small-cnn: width of the hidden fully connected layer.</summary>
    public int Hidden { get; init; } = 128;

    /// <summary>resnet18, resnet34, vgg19: the first stage's channel count (the paper's networks: 64); every later
    /// stage scales with it.</summary>
    public int BaseWidth { get; init; } = 64;

    /// <summary>The CIFAR networks (<see cref="IClassifierHead"/>): when set, <see cref="ModelFactory.Create"/> re-initializes
    /// the head after building, weights from N(0, σ²) with σ = this value (torch's normal_(weight, 0, σ), from the same
    /// global generator) and bias 0, as the authors do for CIFAR-100 (σ = 0.01). Null: torch's default initialization. The
    /// other models do not read it.</summary>
    public double? HeadInitStd { get; init; }

    /// <summary>
    /// When set, <see cref="ModelFactory.Create"/> seeds torch's global generator with it (torch.manual_seed)
    /// just before building, so the initial weights are reproducible. When null the generator is left as is.
    /// </summary>
    public long? Seed { get; init; }
}
