namespace RegionCount.Experiments;

/// <summary>
/// The options a profile may give a model, under their JSON names. Each model reads some of them
/// (<see cref="KnownNames.ModelOptions"/>); an unknown key is a profile error at its path (unknown fields are rejected) and
/// an option the model does not read a validation error. An option left out keeps the engine's default
/// (RegionCount.Models.ModelOptions) and is not written: records name only what their profile set, so fingerprints
/// do not depend on defaults.
/// </summary>
public sealed record ModelSpecOptions
{
    /// <summary>mlp: the hidden layer widths, input side first (empty = a linear model).</summary>
    public IReadOnlyList<int>? Widths { get; init; }

    /// <summary>two-layer-relu: the width of its one hidden layer.</summary>
    public int? Width { get; init; }

    /// <summary>small-cnn: the output channels of its two 3×3 convolutions, [first, second].</summary>
    public IReadOnlyList<int>? Channels { get; init; }

    /// <summary>small-cnn: the width of its hidden fully connected layer.</summary>
    public int? Hidden { get; init; }

    /// <summary>resnet18, resnet34, vgg19: the first stage's channel count (the paper's networks: 64).</summary>
    public int? BaseWidth { get; init; }

    /// <summary>The nine CIFAR networks: re-initialize the classifier head (the last linear layer) after building, its
    /// weights from N(0, σ²) with σ = this value and its bias 0, as the authors do for CIFAR-100 (nn.init.normal_(weight,
    /// 0, 0.01): σ = 0.01, a standard deviation). Left out: the layer keeps torch's default initialization.</summary>
    public double? HeadInitStd { get; init; }
}
