using RegionCount.Data;
using static TorchSharp.torch;

namespace RegionCount.Models;

/// <summary>
/// ResNet18/34 in the CIFAR form of kuangliu/pytorch-cifar: a 3×3 stem (64 channels, stride 1), four stages of
/// basic blocks (64, 128, 256, 512 channels; strides 1, 2, 2, 2), global average pooling, one linear layer.
/// The reference pools with avg_pool2d(4), which on 32×32 inputs is the global average of the 4×4 map; this
/// uses adaptive pooling to 1×1, the same on 32×32 and what lets 28×28 inputs (final map 4×4 too) work alike.
/// </summary>
public sealed class ResNet : nn.Module<Tensor, Tensor>
{
    private readonly nn.Module<Tensor, Tensor> _conv1;
    private readonly nn.Module<Tensor, Tensor> _bn1;
    private readonly nn.Module<Tensor, Tensor> _layer1;
    private readonly nn.Module<Tensor, Tensor> _layer2;
    private readonly nn.Module<Tensor, Tensor> _layer3;
    private readonly nn.Module<Tensor, Tensor> _layer4;
    private readonly nn.Module<Tensor, Tensor> _linear;

    /// <summary>Blocks per stage: [2, 2, 2, 2] is ResNet18, [3, 4, 6, 3] ResNet34.</summary>
    public ResNet(string name, InputShape shape, int classes, IReadOnlyList<int> blocks)
        : base(name)
    {
        ModelGuard.Check(shape, classes);
        ArgumentNullException.ThrowIfNull(blocks);
        _conv1 = Layers.Conv(shape.Channels, 64, 3, 1, 1);
        _bn1 = Layers.Norm(64);
        long inputs = 64;
        _layer1 = Stage(ref inputs, 64, blocks[0], 1);
        _layer2 = Stage(ref inputs, 128, blocks[1], 2);
        _layer3 = Stage(ref inputs, 256, blocks[2], 2);
        _layer4 = Stage(ref inputs, 512, blocks[3], 2);
        _linear = nn.Linear(512, classes);
        RegisterComponents();
    }

    public override Tensor forward(Tensor input)
    {
        var x = nn.functional.relu(_bn1.call(_conv1.call(input)));
        x = _layer4.call(_layer3.call(_layer2.call(_layer1.call(x))));
        return _linear.call(Layers.GlobalAveragePool(x));
    }

    private static nn.Module<Tensor, Tensor> Stage(ref long inputs, long planes, int count, long stride)
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
