using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// ResNet18/34 in the CIFAR form of kuangliu/pytorch-cifar: a 3×3 stem (64 channels, stride 1), four stages of
/// basic blocks (64, 128, 256, 512 channels; strides 1, 2, 2, 2), global average pooling, one linear layer.
/// The reference pools with avg_pool2d(4), which on 32×32 inputs is the global average of the 4×4 map; this
/// uses adaptive pooling to 1×1, the same on 32×32 and what lets 28×28 inputs (final map 4×4 too) work alike.
/// A base width other than 64 scales every stage alike (w, 2w, 4w, 8w channels): same topology, batch norm and
/// residuals, fewer channels — the CPU-scale stand-in of the cifar-cpu profile (64 is the paper's network).
/// </summary>
public sealed class ResNet : nn.Module<Tensor, Tensor>, IClassifierHead
{
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _layer1;
    private readonly nn.Module<Tensor, Tensor> _layer2;
    private readonly nn.Module<Tensor, Tensor> _layer3;
    private readonly nn.Module<Tensor, Tensor> _layer4;
    private readonly TorchSharp.Modules.Linear _linear;

    /// <summary>Blocks per stage: [2, 2, 2, 2] is ResNet18, [3, 4, 6, 3] ResNet34; <paramref name="width"/> is the
    /// first stage's channel count (64 in the paper).</summary>
    public ResNet(string name, InputShape shape, int classes, IReadOnlyList<int> blocks, int width = 64)
        : base(name)
    {
        ModelGuard.Check(shape, classes);
        ArgumentNullException.ThrowIfNull(blocks);
        ArgumentOutOfRangeException.ThrowIfLessThan(width, 1);
        _conv1 = Layers.Conv(shape.Channels, width, 3, 1, 1);
        _bn1 = Layers.Norm(width);
        long inputs = width;
        _layer1 = Stage(ref inputs, width, blocks[0], 1);
        _layer2 = Stage(ref inputs, 2 * width, blocks[1], 2);
        _layer3 = Stage(ref inputs, 4 * width, blocks[2], 2);
        _layer4 = Stage(ref inputs, 8 * width, blocks[3], 2);
        _linear = nn.Linear(8 * width, classes);
        RegisterComponents();
    }

    public TorchSharp.Modules.Linear Head => _linear;

    public override Tensor forward(Tensor input)
    {
        var x = nn.functional.relu(_bn1.call(_conv1.call(input)));
        x = _layer4.call(_layer3.call(_layer2.call(_layer1.call(x))));
        return _linear.call(Layers.GlobalAveragePool(x));
    }

    /// <summary>A stage of <paramref name="count"/> basic blocks, the first with <paramref name="stride"/> (also
    /// torchvision's ImageNet ResNet's, <see cref="ImageNetResNet"/>).</summary>
    internal static nn.Module<Tensor, Tensor> Stage(ref long inputs, long planes, int count, long stride)
    {
        var blocks = new List<nn.Module<Tensor, Tensor>>();
        for (var i = 0; i < count; i++)
        {
            blocks.Add(new ResidualBlock(inputs, planes, i == 0 ? stride : 1));
            inputs = planes;
        }
        return nn.Sequential(blocks);
    }
}
