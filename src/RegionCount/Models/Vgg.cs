using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// VGG19 as in kuangliu/pytorch-cifar: 16 conv 3×3 (padding 1, with bias) + batch norm + ReLU layers of
/// 64,64 | 128,128 | 256×4 | 512×4 | 512×4 channels, each group followed by 2×2 max pooling, then one linear
/// layer 512 → classes (the reference hard-codes 10 classes; here the class count is a parameter).
/// Deviation for 28×28: the five poolings use ceil mode (28→14→7→4→2→1); on 32×32 every map is even, so ceil
/// and floor agree and the net is the reference. The reference's AvgPool2d(1, 1) (an identity) is replaced by
/// global average pooling, also an identity on the final 1×1 map. A base width other than 64 scales every layer
/// alike (w, 2w, 4w, 8w, 8w channels per group): the CPU-scale stand-in of the cifar-cpu profile.
/// </summary>
public sealed class Vgg : nn.Module<Tensor, Tensor>, IClassifierHead
{
    private static readonly int[] Config = [64, 64, 0, 128, 128, 0, 256, 256, 256, 256, 0, 512, 512, 512, 512, 0, 512, 512, 512, 512, 0];

    private readonly nn.Module<Tensor, Tensor> _features;
    private readonly TorchSharp.Modules.Linear _classifier;

    /// <param name="width">The first group's channel count (64 in the paper); every layer scales by width / 64.</param>
    public Vgg(InputShape shape, int classes, int width = 64)
        : base("vgg19")
    {
        ModelGuard.Check(shape, classes);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        var layers = new List<nn.Module<Tensor, Tensor>>();
        long inputs = shape.Channels;
        foreach (var reference in Config)
        {
            if (reference == 0)
            {
                layers.Add(nn.MaxPool2d(2, 2, ceil_mode: true));
                continue;
            }
            long channels = (long)reference * width / 64;
            layers.Add(Layers.Conv(inputs, channels, 3, 1, 1, bias: true));
            layers.Add(Layers.Norm(channels));
            layers.Add(nn.ReLU());
            inputs = channels;
        }
        _features = nn.Sequential(layers);
        _classifier = nn.Linear(8L * width, classes);
        RegisterComponents();
    }

    public TorchSharp.Modules.Linear Head => _classifier;

    public override Tensor forward(Tensor input) =>
        _classifier.call(Layers.GlobalAveragePool(_features.call(input)));
}
