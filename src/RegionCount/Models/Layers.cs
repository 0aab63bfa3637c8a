using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>Short constructors for the layers the CIFAR architectures repeat.</summary>
internal static class Layers
{
    /// <summary>A 2-D convolution without bias unless asked (the reference nets follow conv with batch norm).</summary>
    public static nn.Module<Tensor, Tensor> Conv(long inputs, long outputs, long kernel, long stride = 1, long padding = 0, long groups = 1, bool bias = false) =>
        nn.Conv2d(inputs, outputs, kernel, stride: stride, padding: padding, groups: groups, bias: bias);

    public static nn.Module<Tensor, Tensor> Norm(long channels) => nn.BatchNorm2d(channels);

    /// <summary>Global average pooling to 1×1, flattened to N×C.</summary>
    public static Tensor GlobalAveragePool(Tensor x) =>
        nn.functional.adaptive_avg_pool2d(x, [1, 1]).flatten(1);

    /// <summary>swish(x) = x·sigmoid(x).</summary>
    public static Tensor Swish(Tensor x) => x * x.sigmoid();
}
